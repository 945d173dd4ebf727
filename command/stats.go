package command

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// StatsOptions are the stats command's flags.
type StatsOptions struct {
	Config        ConfigOptions
	Paths         []string
	Platforms     []string
	Media         string
	Lang          string
	Format        string
	StdinFilename string
}

// PostStats is one post's counts (SPEC §4, stats).
type PostStats struct {
	Path      string                   `json:"path"`
	Post      int                      `json:"post"`
	Lang      string                   `json:"lang"`
	Media     platform.Media           `json:"media"`
	Words     int                      `json:"words"`
	Sentences int                      `json:"sentences"`
	Hashtags  int                      `json:"hashtags"`
	Mentions  int                      `json:"mentions"`
	Links     int                      `json:"links"`
	Emoji     int                      `json:"emoji"`
	Platforms map[string]PlatformStats `json:"platforms"`
}

// PlatformStats is a post's length on one platform.
type PlatformStats struct {
	Length  int    `json:"length"`
	Limit   int    `json:"limit"`
	Unit    string `json:"unit"`
	Fold    int    `json:"fold"`
	Visible string `json:"visible"`
}

// Measure counts one post for the given platforms.
func Measure(p *draft.Post, specs map[string]platform.Spec, platforms []string, media platform.Media, lang string) PostStats {
	text := p.Text
	urls := platform.Links(text) // degrees such as M.Sc. are not links
	tags := twittertext.ExtractHashtags(text)
	mentions := twittertext.ExtractMentions(text)
	entities := append(append(append([]twittertext.Entity{}, urls...), tags...), mentions...)
	words := 0
	for _, w := range prose.Words(text) {
		if w.Kind != prose.Word {
			continue
		}
		inside := false
		for _, e := range entities {
			if e.Start <= w.Start && w.End <= e.End {
				inside = true
				break
			}
		}
		if !inside {
			words++
		}
	}
	st := PostStats{
		Path: p.Path, Post: p.Index, Lang: lang, Media: media, Words: words,
		Sentences: len(prose.Sentences(text)), Hashtags: len(tags), Mentions: len(mentions),
		Links: len(urls), Emoji: len(twittertext.FindEmoji(text)), Platforms: map[string]PlatformStats{},
	}
	for _, name := range platforms {
		spec := specs[name]
		fold := spec.FoldFor(media)
		visible, _ := platform.Visible(text, fold)
		if spec.Unit == platform.Weighted {
			visible = text[:platform.Overflow(text, spec.Unit, fold)]
		}
		st.Platforms[name] = PlatformStats{
			Length: platform.Count(text, spec.Unit), Limit: spec.LimitFor(media), Unit: string(spec.Unit),
			Fold: fold, Visible: visible,
		}
	}
	return st
}

// Stats prints counts per post and platform.
func Stats(o StatsOptions, env Env) error {
	if o.Format != "" && o.Format != "text" && o.Format != "json" {
		return &engine.UsageError{Msg: fmt.Sprintf("--format: use text or json, not %q", o.Format)}
	}
	cfg, err := LoadConfig(o.Config)
	if err != nil {
		return err
	}
	eng, err := engine.New(engine.Options{Config: cfg, Platforms: o.Platforms, Media: platform.Media(o.Media), Lang: o.Lang, Stdin: env.Stdin, StdinFilename: o.StdinFilename, Note: noteTo(env.Stderr)})
	if err != nil {
		return err
	}
	var all []PostStats
	_, err = eng.Posts(o.Paths, func(p *draft.Post, platforms []string, media platform.Media, lang string) error {
		st := Measure(p, cfg.Specs, platforms, media, lang)
		if o.Format == "json" {
			all = append(all, st)
			return nil
		}
		return writeStatsText(env.Stdout, st, platforms)
	})
	// Missing and unreadable drafts are reported after the others.
	var missing *engine.MissingError
	var unreadable *engine.UnreadableError
	if err != nil && !errors.As(err, &missing) && !errors.As(err, &unreadable) {
		return err
	}
	if o.Format == "json" {
		if all == nil {
			all = []PostStats{}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(struct {
			Version int         `json:"version"`
			Posts   []PostStats `json:"posts"`
		}{1, all}); err != nil {
			return err
		}
	}
	return err
}

func writeStatsText(w io.Writer, st PostStats, platforms []string) error {
	lang := st.Lang
	if lang == "" {
		lang = "?"
	}
	fmt.Fprintf(w, "%s (post %d, %s, %s): %d words, %d sentences, %d hashtags, %d mentions, %d links, %d emoji\n",
		st.Path, st.Post, lang, st.Media, st.Words, st.Sentences, st.Hashtags, st.Mentions, st.Links, st.Emoji)
	for _, name := range platforms {
		ps := st.Platforms[name]
		mark := ""
		if ps.Length > ps.Limit {
			mark = "  OVER"
		}
		_, err := fmt.Fprintf(w, "  %-10s %6d / %-6d %s%s\n", name, ps.Length, ps.Limit, ps.Unit, mark)
		if err != nil {
			return err
		}
	}
	return nil
}
