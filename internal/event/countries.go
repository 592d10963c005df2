package event

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

// datelineCapitals maps the lower-case name of each ISO country's
// capital to the country, in the table's name where it has one: "santiago"
// to "Chile". It is read in datelines only ("SANTIAGO, March 20 -"), where
// a city names where the story was filed; elsewhere a capital the table
// leaves out is often a person's or a venue's name.
var datelineCapitals = map[string]string{}

// anDatelineCapital returns datelineCapitals, built with the gazetteer on
// first use.
func anDatelineCapital() map[string]string { gazOnce.Do(buildGazetteer); return datelineCapitals }

// isoCapitals fills datelineCapitals; tableNames are the table's names
// and other names, the first of each row its canonical one.
func isoCapitals(tableNames []string) {
	names := map[countries.CountryCode]string{}
	for _, n := range tableNames {
		if c := countries.ByName(n); c != countries.Unknown {
			if _, ok := names[c]; !ok {
				if e, ok := gazEntries[strings.ToLower(n)]; ok && e.kind == anCountry {
					names[c] = e.name
				}
			}
		}
	}
	for _, c := range countries.All() {
		capital := c.Capital().String()
		if capital == "" || strings.EqualFold(capital, "none") || strings.EqualFold(capital, "unknown") {
			continue
		}
		name, ok := names[c]
		if !ok {
			name = c.String()
			if i := strings.Index(name, " ("); i > 0 {
				name = name[:i]
			}
		}
		datelineCapitals[strings.ToLower(capital)] = name
	}
}
