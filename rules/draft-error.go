package rules

import "github.com/postlint/postlint/i18n"

// DraftError reports a draft that cannot be read at all: a binary file,
// text that is not UTF-8, an unreadable file, malformed CSV. The engine
// raises it while reading; the rest of the run goes on.
type DraftError struct{}

func init() { register(func() Rule { return &DraftError{} }) }

// Doc documents the rule.
func (*DraftError) Doc() Doc {
	return Doc{
		ID:       "draft-error",
		Category: CategoryFormat,
		Severity: Error,
		Summary:  i18n.T("the draft cannot be read: binary, not UTF-8, unreadable, or malformed CSV", "draf tidak dapat dibaca: biner, bukan UTF-8, tidak bisa dibuka, atau CSV rusak"),
		Rationale: i18n.T("A draft postlint cannot read is a draft nobody checked. Platforms expect UTF-8 text; a file saved in another encoding shows garbled characters once pasted. A file saved as UTF-16 (\"Unicode\" in some Windows editors) is named as such.",
			"Draf yang tidak dapat dibaca postlint berarti draf yang belum diperiksa. Platform mengharapkan teks UTF-8; berkas dengan pengodean lain akan tampil sebagai karakter rusak setelah ditempel. Berkas yang disimpan sebagai UTF-16 (\"Unicode\" di sebagian penyunting Windows) disebut demikian."),
		Source: "postlint SPEC §6 (a bad draft yields an error finding and the run goes on)",
		Bad:    i18n.T("A caption saved as Windows-1252 from an old word processor.", "Keterangan yang disimpan sebagai Windows-1252 dari pengolah kata lama."),
		Good:   i18n.T("The same caption saved as UTF-8.", "Keterangan yang sama disimpan sebagai UTF-8."),
	}
}

// Check does nothing: findings come from the draft reader and the engine.
func (*DraftError) Check(*Pass) {}
