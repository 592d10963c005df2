package syntax

import (
	_ "embed"
	"sync"
)

// embeddedModel is the model trained on the UD English Web Treebank; see
// model/README.md for where it comes from and its licence.
//
//go:embed model/en_ewt.model
var embeddedModel []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the embedded model, decoding it on the first call only.
// Programs that never call Load do not pay for the model beyond the
// size of the binary.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		m := new(Model)
		if err := m.unmarshal(embeddedModel, true); err != nil {
			loadError = err
			return
		}
		loaded = m
	})
	return loaded, loadError
}
