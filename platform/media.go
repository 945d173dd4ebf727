package platform

// Media is what a post carries besides its text, as the front matter's
// media key, a calendar's media column or --media names it. The zero
// value means none was given; the engine reads it as MediaText.
type Media string

// The media types, in the order the documentation lists them.
const (
	MediaText     Media = "text"
	MediaImage    Media = "image"
	MediaCarousel Media = "carousel"
	MediaVideo    Media = "video"
	MediaReel     Media = "reel"
	MediaStory    Media = "story"
	MediaLink     Media = "link"
)

// MediaTypes lists the media types in documented order.
func MediaTypes() []Media {
	return []Media{MediaText, MediaImage, MediaCarousel, MediaVideo, MediaReel, MediaStory, MediaLink}
}

// MediaNames lists the media types' names in documented order.
func MediaNames() []string {
	types := MediaTypes()
	names := make([]string, len(types))
	for i, m := range types {
		names[i] = string(m)
	}
	return names
}

func (m Media) String() string { return string(m) }

// Known reports whether m is one of the media types, spelt as its name.
func (m Media) Known() bool {
	switch m {
	case MediaText, MediaImage, MediaCarousel, MediaVideo, MediaReel, MediaStory, MediaLink:
		return true
	}
	return false
}

// HasMedia reports whether the post carries a photo, video or similar:
// anything but text alone or a link's preview.
func (m Media) HasMedia() bool {
	switch m {
	case MediaImage, MediaCarousel, MediaVideo, MediaReel, MediaStory:
		return true
	}
	return false
}

// IsPhoto reports whether the post shows still pictures: an image or a
// carousel.
func (m Media) IsPhoto() bool { return m == MediaImage || m == MediaCarousel }

// IsVideo reports whether the post is a video or a reel.
func (m Media) IsVideo() bool { return m == MediaVideo || m == MediaReel }

// ParseMedia returns the media type s stands for, written as its name or
// an alias (data/aliases.toml), whatever its case and the spaces around
// it. ok is false for an unknown media type.
func ParseMedia(s string) (m Media, ok bool) {
	name, ok := builtin().media.Canonical(s)
	return Media(name), ok
}

// SuggestMedia returns the media name or alias closest to an unknown one,
// for a "did you mean", or "".
func SuggestMedia(s string) string { return builtin().media.Suggest(s) }
