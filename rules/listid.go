package rules

import (
	"slices"
	"strconv"

	"github.com/postlint/postlint/internal/strindex"
)

// listID is a word list's number, a rule's handle on a list it reads. The
// lists a rule may name have the same number in every lexicon: the
// built-in lists are numbered from 1 in the order of builtinListNames, the
// lists only the config fills (userOnlyLists) after them, and a list the
// config makes of its own after those. A rule resolves the lists it reads
// once, where it declares them (wordList), and a post finds their
// compiled lists and its matches of them by number (Lexicon.byNum,
// matchStore), where a look-up by name hashed the name on every call.
// The zero listID is no list.
type listID int32

// userOnlyLists are word lists with no built-in entries that users fill
// from their config (UserOnlyLists).
var userOnlyLists = [...]string{"blocklist"}

// firstConfigList is the number of the first list only a config makes.
const firstConfigList = listID(1 + len(builtinListNames) + len(userOnlyLists))

// knownList returns the number of a built-in or user-only list, 0 for any
// other name.
func knownList(name string) listID {
	ix := strindex.FromSlots(builtinListNames[:], builtinListNameSlots[:])
	if n := ix.Find(name); n >= 0 {
		return listID(n + 1)
	}
	if i := slices.Index(userOnlyLists[:], name); i >= 0 {
		return listID(1 + len(builtinListNames) + i)
	}
	return 0
}

// wordList returns the handle of a built-in or user-only list, for a rule
// to declare beside itself. It panics on any other name: a rule naming a
// list that does not exist is a mistake in the program, found when the
// package is loaded, never while a post is linted.
func wordList(name string) listID {
	id := knownList(name)
	if id == 0 {
		panic("rules: no word list " + name)
	}
	return id
}

// String returns the name of a built-in or user-only list, and the number
// of another.
func (id listID) String() string {
	switch {
	case id > 0 && int(id) <= len(builtinListNames):
		return builtinListNames[id-1]
	case id > 0 && id < firstConfigList:
		return userOnlyLists[int(id)-1-len(builtinListNames)]
	}
	return "list " + strconv.Itoa(int(id))
}
