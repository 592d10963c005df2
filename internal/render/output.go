package render

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// OutputFile is a file that is written under a temporary name in the
// directory of its final name and renamed to that name by Commit. Until
// then the final name keeps what it held before, or stays absent: a run
// that fails or is interrupted never leaves a truncated timeline behind.
type OutputFile struct {
	f    *os.File
	name string
	mode fs.FileMode
	done bool
}

// CreateOutput starts writing the file name. The file takes the mode of
// the file it replaces, or 0644 when there is none.
func CreateOutput(name string) (*OutputFile, error) {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(name); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "write", Path: name, Err: errors.New("not a regular file")}
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &OutputFile{f: f, name: name, mode: mode}, nil
}

// Write writes to the temporary file.
func (o *OutputFile) Write(p []byte) (int, error) { return o.f.Write(p) }

// Commit closes the temporary file and renames it to the final name. If
// that fails, the temporary file is removed.
func (o *OutputFile) Commit() error {
	if o.done {
		return nil
	}
	o.done = true
	err := o.f.Chmod(o.mode)
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.f.Name(), o.name)
	}
	if err != nil {
		os.Remove(o.f.Name())
	}
	return err
}

// Abort closes and removes the temporary file, leaving the final name as
// it was. It does nothing after Commit, so it can be deferred.
func (o *OutputFile) Abort() {
	if o.done {
		return
	}
	o.done = true
	o.f.Close()
	os.Remove(o.f.Name())
}

// Name returns the final name of the file.
func (o *OutputFile) Name() string { return o.name }
