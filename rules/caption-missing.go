package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// CaptionMissing notes a calendar row that plans a post (a date, a
// platform, a medium) but has no caption yet. The calendar reader finds
// these rows; this type carries the rule's identity, docs and severity.
type CaptionMissing struct{}

func init() { register("caption-missing", func() Rule { return &CaptionMissing{} }) }

// Doc documents the rule.
func (*CaptionMissing) Doc() lint.Doc {
	return lint.Doc{
		ID:        "caption-missing",
		Category:  lint.CategoryFormat,
		Severity:  lint.Info,
		Summary:   i18n.English("a content calendar row plans a post but has no caption yet"),
		Rationale: i18n.English("Teams plan their calendar ahead: a row with a date and a platform and the caption still to write is a planned slot. postlint cannot check a caption that is not there, so rather than skip the row silently it notes it, with the row number, so the slot is not published empty or forgotten. It is a note (info); set the rule's severity to warning to hold a calendar back until every slot is written, or switch it off. A row with none of the calendar's columns filled is not a slot and is not reported; neither are columns the calendar does not read (a status or a person in charge)."),
		Source:    "postlint (calendars: a row without a caption is reported, not skipped)",
		Bad:       i18n.English("date,platform,caption\n2026-04-12,instagram,"),
		Good:      i18n.English("date,platform,caption\n2026-04-12,instagram,Free ID cards every Saturday: bring your family card."),
	}
}

// Check does nothing: findings come from the calendar reader.
func (*CaptionMissing) Check(*Pass) {}
