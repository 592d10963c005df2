package parse_test

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// Year-less and relative expressions are resolved against the reference
// date, taking their direction from the tense of their clause.
func ExampleTag() {
	src := []byte("On 17 January, Iranian President Masoud Pezeshkian will visit Moscow. " +
		"Russia and Iran were planning to sign the agreement in October last year. " +
		"Last July, Pezeshkian published an article in the Tehran Times. " +
		"Tehran would probably use the missiles in a few weeks.")
	ref := time.Date(2025, time.January, 10, 0, 0, 0, 0, time.UTC)
	res := parse.Tag(src, parse.Options{Ref: ref})
	for _, x := range res.Timexes {
		fmt.Printf("%-17s  %-10s  %s\n", x.Text, x.Value, x.Precision)
	}
	// Output:
	// 17 January         2025-01-17  day
	// October last year  2024-10     month
	// Last July          2024-07     month
	// a few weeks        FUTURE_REF  none
}
