package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// DraftError reports a draft that cannot be read at all: a binary file,
// text that is not UTF-8, an unreadable file, malformed CSV, a workbook
// that is damaged, password-protected or too large. The engine
// raises it while reading; the rest of the run goes on.
type DraftError struct{}

func init() { register("draft-error", func() Rule { return &DraftError{} }) }

// Doc documents the rule.
func (*DraftError) Doc() lint.Doc {
	return lint.Doc{
		ID:        "draft-error",
		Category:  lint.CategoryFormat,
		Severity:  lint.Error,
		Summary:   i18n.English("the draft cannot be read: binary, not UTF-8, unreadable, malformed CSV, or a workbook that is damaged, password-protected or has no calendar sheet"),
		Rationale: i18n.English("A draft postlint cannot read is a draft nobody checked. Platforms expect UTF-8 text; a file saved in another encoding shows garbled characters once pasted. A file saved as UTF-16 (\"Unicode\" in some Windows editors) is named as such. An Excel workbook is read within bounds (8 times max_draft_size unpacked, 4 million cells) so that a crafted file cannot stall the run; a password-protected workbook or an old .xls file cannot be read and is named as such."),
		Source:    "postlint's own contract: a bad draft yields an error finding and the run goes on",
		Bad:       i18n.English("A caption saved as Windows-1252 from an old word processor."),
		Good:      i18n.English("The same caption saved as UTF-8."),
	}
}

// Check does nothing: findings come from the draft reader and the engine.
func (*DraftError) Check(*Pass) {}
