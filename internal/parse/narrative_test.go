package parse_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/parse"
)

// storyCases are history texts, told far from their reference date, and
// news texts that look back: each year-less expression is anchored for
// itself, deictic words to the reference date and the rest to the date in
// focus of the story.
var storyCases = []tagCase{
	{name: "news back at the writer's day after its history", in: "The wars of 1981, 1991 and 1995 left scars. The two presidents signed a peace accord on 26 October 1998. The minister said yesterday that tariffs would rise from 1 December. A state visit planned for 4 December has been called off.", ref: "2015-11-27",
		want: []string{"1981|1981", "1991|1991", "1995|1995", "26 October 1998|1998-10-26", "yesterday|2015-11-26", "1 December|2015-12-01", "4 December|2015-12-04"}},
	{name: "story month after a year", in: "The mill opened in 1871. A flood struck in 1872. The owners sold it in 1874, and in May the new owners closed it.", ref: "2021-03-01",
		want: []string{"1871|1871", "1872|1872", "1874|1874", "May|1874-05"}},
	{name: "story today is the present", in: "The bridge was begun in 1880 and finished in 1883. It was widened in 1890. It is still used today.", ref: "2021-03-01",
		want: []string{"1880|1880", "1883|1883", "1890|1890", "today|PRESENT_REF"}},
	{name: "story months after a year", in: "The regiment was raised in 1812 and fought in 1813. In 1814 it sailed south. It held the fort from October to March.", ref: "2019-06-10",
		want: []string{"1812|1812", "1813|1813", "1814|1814", "October|1814-10|end=1815-03", "March|1815-03"}},
	{name: "story next month across a year end", in: "The strike began in 1902 and spread in 1903. By 1904 it had ended. Talks opened in November, and in February a deal was signed.", ref: "2019-06-10",
		want: []string{"1902|1902", "1903|1903", "1904|1904", "November|1904-11", "February|1905-02"}},
	{name: "story nearest month a few months back", in: "The canal was dug from 1820 to 1825 and widened in 1832. The dam burst on 12 June 1834. Repairs had been ordered in March, and the work resumed in July.", ref: "2019-06-10",
		want: []string{"1820|1820|end=1825", "1825|1825", "1832|1832", "12 June 1834|1834-06-12", "March|1834-03", "July|1834-07"}},
	{name: "story forward when the month is far back", in: "The line reached the coast in 1877 and the hills in 1879. Surveys began on 20 January 1881, but on 14 August the first train ran.", ref: "2019-06-10",
		want: []string{"1877|1877", "1879|1879", "20 January 1881|1881-01-20", "14 August|1881-08-14"}},
	{name: "story look back in the past perfect", in: "The town grew in 1850 and 1852. The council met on 9 March 1853. The mayor had resigned on 30 November.", ref: "2019-06-10",
		want: []string{"1850|1850", "1852|1852", "9 March 1853|1853-03-09", "30 November|1852-11-30"}},
	{name: "story heading does not move the focus", in: "The siege\n\nThe army arrived on 2 May 1709, and the town fell in 1710; the war ended in 1714.\n\nAftermath (1720–1725)\n\nThe garrison left in June.", ref: "2019-06-10",
		want: []string{"2 May 1709|1709-05-02", "1710|1710", "1714|1714", "1720|1720|end=1725", "1725|1725", "June|1714-06"}},
	{name: "story life dates do not move the focus", in: "The fleet sailed in 1588. It met storms in 1588 and 1589. Its admiral (1550–1615) returned on 22 September 1589 and reported in October.", ref: "2019-06-10",
		want: []string{"1588|1588", "1588|1588", "1589|1589", "1550|1550|end=1615", "1615|1615", "22 September 1589|1589-09-22", "October|1589-10"}},
	{name: "story born and until are asides", in: "The school opened in 1905 and grew in 1907. On 3 April 1909 it gained a new head, Ann Reid (born 1870), who stayed until 1931. In May she hired ten teachers.", ref: "2019-06-10",
		want: []string{"1905|1905", "1907|1907", "3 April 1909|1909-04-03", "1870|1870", "1931|1931", "May|1909-05"}},
	{name: "story anaphors count from the focus", in: "The expedition left in 1845; searches followed in 1848 and 1850. The ship was found on 9 September 1854. The next day the crew went ashore. Two months later they sailed home, and two years later a memorial was raised.", ref: "2019-06-10",
		want: []string{"1845|1845", "1848|1848", "1850|1850", "9 September 1854|1854-09-09", "The next day|1854-09-10", "Two months later|1854-11", "two years later|1856"}},
	{name: "story weekday after the focus", in: "The council sat in 1838 and 1839. It met again in 1840. On Monday, 6 April 1840, it chose a mayor, and on Thursday it voted the budget.", ref: "2019-06-10",
		want: []string{"1838|1838", "1839|1839", "1840|1840", "Monday, 6 April 1840|1840-04-06", "Thursday|1840-04-09"}},
	{name: "story coming season and weekend", in: "The fort was built in 1700, besieged in 1702 and relieved in 1704. The relief came on Thursday, 9 October 1704; over the weekend the garrison rested, and facing the coming winter it burned its stores.", ref: "2019-06-10",
		want: []string{"1700|1700", "1702|1702", "1704|1704", "Thursday, 9 October 1704|1704-10-09", "the weekend|1704-W41-WE", "the coming winter|1704-WI"}},
	{name: "story deadline is no future", in: "The fever came in 1831 and again in 1832 and 1833. It reached the port on 2 August 1833, and by late September the wards were full.", ref: "2019-06-10",
		want: []string{"1831|1831", "1832|1832", "1833|1833", "2 August 1833|1833-08-02", "late September|1833-09|mod=END"}},
	{name: "story year looked back on keeps the focus", in: "The king returned in 1660 and was crowned in 1661. On 3 May 1662 he restored the borders of 1648, and in June he married.", ref: "2019-06-10",
		want: []string{"1660|1660", "1661|1661", "3 May 1662|1662-05-03", "1648|1648", "June|1662-06"}},
	{name: "story clock time on the story's day", in: "The race was run in 1908, 1909 and 1910. On 4 July 1910 it started at noon.", ref: "2019-06-10",
		want: []string{"1908|1908", "1909|1909", "1910|1910", "4 July 1910|1910-07-04", "noon|1910-07-04T12:00|type=TIME"}},
	{name: "story end of the month", in: "The port was closed in 1793, 1794 and 1795. Ships returned on 10 April 1795, and by the end of the month trade had resumed.", ref: "2019-06-10",
		want: []string{"1793|1793", "1794|1794", "1795|1795", "10 April 1795|1795-04-10", "the end of the month|1795-04|mod=END"}},
	{name: "story glance forward keeps the focus", in: "The army marched in 1811, 1812 and 1813. A truce was signed on 4 June 1813; it held until the spring, and the fortress fell in 1816. On 10 August the war resumed.", ref: "2019-06-10",
		want: []string{"1811|1811", "1812|1812", "1813|1813", "4 June 1813|1813-06-04", "the spring|1813-SP", "1816|1816", "10 August|1813-08-10"}},
	{name: "weekday far from the story's day is the reporter's", in: "The treaty was signed on 4 April 1949. Greece joined in 1952, Germany in 1955 and Spain in 1982; the alliance has grown since, and its members have changed their forces many times over the decades that followed its founding, through crises in Berlin, Cuba and the Balkans, through the end of the Soviet Union and the wars of the new century, and through budget fights in every capital that belongs to it. Its leaders meet in a new building, argue about what each country spends, and plan for threats that its founders could not have imagined. Its staff has grown tenfold, its budget more, and its reach from the Atlantic to the borders of Asia. A former official said Friday that he recalled the talks.", ref: "1999-03-12",
		want: []string{"4 April 1949|1949-04-04", "1952|1952", "1955|1955", "1982|1982", "Friday|1999-03-12"}},
	{name: "story part of a day", in: "The siege began in 1683, 1684 and 1685. On 12 May 1685 the walls were breached, and on the night of 14 May the garrison fled.", ref: "2019-06-10",
		want: []string{"1683|1683", "1684|1684", "1685|1685", "12 May 1685|1685-05-12", "the night of 14 May|1685-05-14TNI|type=TIME"}},
	{name: "news night of a day stays a day", in: "Police said the fire started on the night of Oct. 23.", ref: "1998-10-26",
		want: []string{"Oct. 23|1998-10-23"}},
	{name: "story next morning in apposition", in: "The envoys met in 1757, 1758 and 1759. Talks broke down on 3 March 1760, and the next morning, Tuesday, 4 March, the army moved.", ref: "2019-06-10",
		want: []string{"1757|1757", "1758|1758", "1759|1759", "3 March 1760|1760-03-03", "the next morning|1760-03-04TMO|type=TIME", "Tuesday, 4 March|1760-03-04"}},
	{name: "story day of the month in focus and an offset from it", in: "The fever struck in 1847, 1848 and 1849. In mid-August 1849 the city closed its markets; the port, where 900 had died by August 20, closed its docks three days later.", ref: "2019-06-10",
		want: []string{"1847|1847", "1848|1848", "1849|1849", "mid-August 1849|1849-08|mod=MID", "August 20|1849-08-20", "three days later|1849-08-23"}},
	{name: "story following year after an earlier year of the sentence", in: "The canal opened in 1869 and was widened in 1887 and 1905. On 6 May 1910 it closed; the board approved a new lock in 1902, and work began the following year.", ref: "2019-06-10",
		want: []string{"1869|1869", "1887|1887", "1905|1905", "6 May 1910|1910-05-06", "1902|1902", "the following year|1903"}},
	{name: "news summit set for a month", in: "The pact was founded in 1949 and grew in 1952, 1955 and 1982. The issue will dominate a summit set for April.", ref: "1999-03-12",
		want: []string{"1949|1949", "1952|1952", "1955|1955", "1982|1982", "April|1999-04"}},
	{name: "story next day moves the focus", in: "The fleet sailed in 1770 and wintered in 1771 and 1772. Scouts sighted the coast on 12 March 1771, the crew landed the next day, and that evening they made camp.", ref: "2019-06-10",
		want: []string{"1770|1770", "1771|1771", "1772|1772", "12 March 1771|1771-03-12", "the next day|1771-03-13", "that evening|1771-03-13TEV|type=TIME"}},
	{name: "story that weekday may be the day in focus", in: "The fleet sailed in 1770 and wintered in 1771 and 1772. The storm broke on Thursday, 14 March 1771. The next morning the masts were cut. That Friday, the crew rowed ashore.", ref: "2019-06-10",
		want: []string{"1770|1770", "1771|1771", "1772|1772", "Thursday, 14 March 1771|1771-03-14", "The next morning|1771-03-15TMO|type=TIME", "That Friday|1771-03-15"}},
	{name: "story part of a day before any focus", in: "The city was taken on the night of 4 June 1799, and retaken in 1800. The war ended in 1801.", ref: "2019-06-10",
		want: []string{"the night of 4 June 1799|1799-06-04TNI|type=TIME", "1800|1800", "1801|1801"}},
	{name: "news biography close to the writing keeps the reference", in: "He flew in space on 26 May 1980 and trained pilots from 1984 to 1990. He was made a general on 22 May 1995, and the following year he became an attache. He was fined in December.", ref: "1998-04-18",
		want: []string{"26 May 1980|1980-05-26", "1984|1984|end=1990", "1990|1990", "22 May 1995|1995-05-22", "the following year|1996", "December|1997-12"}},
	{name: "news today in a past clause", in: "The mine opened in 1890 and closed in 1931 and 1952. It was sold in 2011. A court today ordered it shut.", ref: "2012-09-10",
		want: []string{"1890|1890", "1931|1931", "1952|1952", "2011|2011", "today|2012-09-10"}},
	{name: "history today after a recent date", in: "The railway opened in 1869 and was rebuilt in 1905 and 1950. A new line opened on 3 May 2016. Today, most freight goes by road.", ref: "2018-05-22",
		want: []string{"1869|1869", "1905|1905", "1950|1950", "3 May 2016|2016-05-03", "Today|PRESENT_REF"}},
	{name: "the following days of a past clause", in: "The dam broke on 2 March 1889, and rescuers searched the valley over the following days.", ref: "2019-06-10",
		want: []string{"2 March 1889|1889-03-02"}},
	{name: "news coming days stay ahead", in: "Officials said more aid will arrive in the coming days.", ref: "2019-06-10",
		want: []string{"the coming days|FUTURE_REF"}},
	{name: "short history with one year", in: "By the autumn of 1916 the front had settled. In November the rains came, and in February the offensive resumed.", ref: "2016-06-01",
		want: []string{"the autumn of 1916|1916-FA", "November|1916-11", "February|1917-02"}},
	{name: "news with one old year and a weekday", in: "The bridge opened in 1916. On Tuesday the council said it would close in November.", ref: "2016-06-01",
		want: []string{"1916|1916", "Tuesday|2016-05-31", "November|2016-11"}},
	{name: "story following season", in: "The war began in 1861, 1862 and 1863. In March 1863 it turned. The following spring the army advanced, and the next summer it won.", ref: "2019-06-10",
		want: []string{"1861|1861", "1862|1862", "1863|1863", "March 1863|1863-03", "The following spring|1864-SP", "the next summer|1864-SU"}},
	{name: "news following season after a year", in: "Sales slumped in 2019. The following spring, prices rose.", ref: "2025-06-12",
		want: []string{"2019|2019", "The following spring|2020-SP"}},
	{name: "news next season", in: "Prices will rise next spring.", ref: "2025-06-12",
		want: []string{"next spring|2026-SP"}},
	{name: "story at the time", in: "The poet was born in 1809 and wrote in 1833 and 1842. In December 1854 he wrote a poem on the battle; he was Poet Laureate at the time.", ref: "2019-06-10",
		want: []string{"1809|1809", "1833|1833", "1842|1842", "December 1854|1854-12", "the time|1854-12"}},
	{name: "news at the time marks nothing", in: "The company, which employed 300 people at the time, closed on Tuesday.", ref: "2019-06-10",
		want: []string{"Tuesday|2019-06-04"}},
	{name: "story part of the day in focus", in: "The siege began in 1683, 1684 and 1685. The assault came on 12 May 1685. In the afternoon the walls fell.", ref: "2019-06-10",
		want: []string{"1683|1683", "1684|1684", "1685|1685", "12 May 1685|1685-05-12", "the afternoon|1685-05-12TAF|type=TIME"}},
	{name: "news in the morning marks nothing", in: "Dealers placed orders in the morning, and prices rose on Friday.", ref: "2019-06-10",
		want: []string{"Friday|2019-06-07"}},
	{name: "story end of a year moves the focus", in: "The siege began in 1861 and spread in 1862 and 1863. In May 1864 the army crossed the river. By the end of 1864 it had reached the sea; in April the war ended.", ref: "2013-06-01",
		want: []string{"1861|1861", "1862|1862", "1863|1863", "May 1864|1864-05", "the end of 1864|1864|mod=END", "April|1865-04"}},
	{name: "story deadline month and a past perfect ended by a clause", in: "The army was raised in 1914 and fought in 1915 and 1916. In March 1917 it moved north. By the start of July it had reached the river, and on 7 August it crossed.", ref: "2020-06-12",
		want: []string{"1914|1914", "1915|1915", "1916|1916", "March 1917|1917-03", "the start of July|1917-07|mod=START", "7 August|1917-08-07"}},
	{name: "shared year of coordinated months", in: "The two clubs were founded in May and October 1888.", ref: "2019-06-10",
		want: []string{"May|1888-05", "October 1888|1888-10"}},
	{name: "story quoted decade", in: "The railway was planned in 1901, surveyed in 1903 and begun in 1905. On 2 June 1905 the governor promised to finish it “within this decade”.", ref: "2019-06-10",
		want: []string{"1901|1901", "1903|1903", "1905|1905", "2 June 1905|1905-06-02", "this decade|190"}},
	{name: "news today and a past month", in: "Prices rose in 2023. The bank said today that inflation eased in March.", ref: "2025-06-10",
		want: []string{"2023|2023", "today|2025-06-10", "March|2025-03"}},
	{name: "news future month after an old year", in: "The treaty was signed in 1998 and revised in 2004 and 2009. Ministers will meet in March to renew it.", ref: "2025-06-10",
		want: []string{"1998|1998", "2004|2004", "2009|2009", "March|2026-03"}},
	{name: "news look back keeps recent years", in: "The firm listed in 2021 and merged in 2023. In May it cut jobs.", ref: "2025-06-10",
		want: []string{"2021|2021", "2023|2023", "May|2025-05"}},
}

func TestTagStory(t *testing.T) {
	runTagCases(t, storyCases)
}

// TestStoryLongHistory checks that a history of many years keeps its date
// in focus across a long stretch without dates.
func TestStoryLongHistory(t *testing.T) {
	var b strings.Builder
	for y := 1700; y < 1716; y++ {
		fmt.Fprintf(&b, "The town grew again in %d. ", y)
	}
	b.WriteString("The siege began on 3 May 1716. ")
	b.WriteString(strings.Repeat("The defenders held the walls and the people shared what food they had. ", 40))
	b.WriteString("In June the town fell.")
	res := parse.Tag([]byte(b.String()), parse.Options{Ref: mustDate(t, "2019-06-10"), Now: fixedNow})
	got := res.Timexes[len(res.Timexes)-1]
	if got.Text != "June" || got.Value != "1716-06" {
		t.Errorf("last timex = %q %q, want %q %q", got.Text, got.Value, "June", "1716-06")
	}
}
