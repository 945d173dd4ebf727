package platform

import (
	"strings"
	"testing"
)

func TestMediaTypes(t *testing.T) {
	if got := strings.Join(MediaNames(), ","); got != "text,image,carousel,video,reel,story,link" {
		t.Errorf("MediaNames = %s", got)
	}
	for _, tt := range []struct {
		m                               Media
		known, hasMedia, photo, isVideo bool
	}{
		{MediaText, true, false, false, false},
		{MediaImage, true, true, true, false},
		{MediaCarousel, true, true, true, false},
		{MediaVideo, true, true, false, true},
		{MediaReel, true, true, false, true},
		{MediaStory, true, true, false, false},
		{MediaLink, true, false, false, false},
		{"", false, false, false, false},
		{"foto", false, false, false, false}, // an alias is parsed, never a value
	} {
		if tt.m.Known() != tt.known || tt.m.HasMedia() != tt.hasMedia || tt.m.IsPhoto() != tt.photo || tt.m.IsVideo() != tt.isVideo {
			t.Errorf("%q: known %v, HasMedia %v, IsPhoto %v, IsVideo %v", tt.m, tt.m.Known(), tt.m.HasMedia(), tt.m.IsPhoto(), tt.m.IsVideo())
		}
	}
}

// TestParseMedia: names and aliases in Indonesian and English, whatever
// their case and outer spaces; near misses are not media types but get a
// "did you mean".
func TestParseMedia(t *testing.T) {
	for in, want := range map[string]Media{
		"image": MediaImage, "Foto": MediaImage, "gambar": MediaImage, "infografis": MediaImage,
		"reels": MediaReel, "shorts": MediaReel, "carousel-geser": MediaCarousel, "korsel": MediaCarousel,
		"teks": MediaText, "cerita": MediaStory, "tautan": MediaLink, "URL": MediaLink, "video": MediaVideo,
	} {
		if got, ok := ParseMedia(" " + in + " "); !ok || got != want {
			t.Errorf("ParseMedia(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"fotto", "poster", "podcast", "", "instagram"} {
		if got, ok := ParseMedia(in); ok {
			t.Errorf("ParseMedia(%q) = %q, want unknown", in, got)
		}
	}
	for in, want := range map[string]string{"fotto": "foto", "imgae": "image", "carousell": "carousel", "podcast": ""} {
		if got := SuggestMedia(in); got != want {
			t.Errorf("SuggestMedia(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLimitsPerMedia: the limit and fold a platform applies depend on
// the post's media type.
func TestLimitsPerMedia(t *testing.T) {
	d := Defaults()
	for _, tt := range []struct {
		platform string
		media    Media
		limit    int
		fold     int
	}{
		{"tiktok", MediaCarousel, 4000, 100},
		{"tiktok", MediaReel, 2200, 100},
		{"whatsapp", MediaStory, 1024, 1024},
		{"whatsapp", MediaLink, 4096, 4096},
		{"whatsapp", "", 4096, 4096},
		{"x", MediaImage, 280, 280},
	} {
		s := d[tt.platform]
		if got := s.LimitFor(tt.media); got != tt.limit {
			t.Errorf("%s %q: limit %d, want %d", tt.platform, tt.media, got, tt.limit)
		}
		if got := s.FoldFor(tt.media); got != tt.fold {
			t.Errorf("%s %q: fold %d, want %d", tt.platform, tt.media, got, tt.fold)
		}
	}
}
