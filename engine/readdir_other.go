//go:build !linux

package engine

import (
	"os"
	"slices"
	"strings"
)

// readFolder is os.ReadDir with the names sorted as plain strings, not
// through the fs.DirEntry interface. buf is unused here.
func readFolder(p string, _ *[]byte) ([]dirEntry, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	list, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	entries := make([]dirEntry, len(list))
	for i, d := range list {
		entries[i] = dirEntry{name: d.Name(), typ: d.Type()}
	}
	slices.SortFunc(entries, func(a, b dirEntry) int { return strings.Compare(a.name, b.name) })
	return entries, nil
}
