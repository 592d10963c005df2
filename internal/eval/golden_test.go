package eval

import "flag"

// update makes golden-file tests rewrite their files instead of comparing.
var update = flag.Bool("update", false, "rewrite golden files")
