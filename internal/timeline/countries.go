package timeline

import (
	"strings"

	"github.com/biter777/countries"
)

// isoCountries returns the names of the countries and territories of ISO
// 3166-1, as github.com/biter777/countries lists them, that the table
// anCountries does not cover: mostly territories ("Greenland", "Puerto
// Rico", "Hong Kong", "Gibraltar"). The table stays the source of the
// names news uses ("Iran", not "Iran (Islamic Republic of)"), of
// demonyms and of seats of power, which no country module carries.
// tableNames are the table's names and other names; an ISO country that
// one of them stands for is covered.
func isoCountries(tableNames []string) []string {
	covered := map[countries.CountryCode]bool{}
	for _, n := range tableNames {
		if c := countries.ByName(n); c != countries.Unknown {
			covered[c] = true
		}
	}
	var out []string
	for _, c := range countries.All() {
		if covered[c] {
			continue
		}
		name := c.String()
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i] // "Hong Kong (Special Administrative Region of China)"
		}
		if name == "" || strings.EqualFold(name, "unknown") {
			continue
		}
		out = append(out, name)
	}
	return out
}
