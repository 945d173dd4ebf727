// Package twittertext is a Go implementation of twitter-text v3, the rules
// X (formerly Twitter) uses to measure a post and to find the URLs, hashtags,
// mentions and cashtags in it.
//
// Parse computes the weighted length of a post the way the official
// twitter-text libraries do (parseTweet): the text is normalised to NFC,
// every URL counts as a fixed number of characters, emoji sequences count
// as two characters when emoji parsing is enabled (config v3), and other
// code points weigh one or two units depending on the configured ranges.
// V1, V2 and V3 return the configurations twitter-text ships; V3 is the
// one X uses today.
//
// ExtractURLs, ExtractHashtags, ExtractMentions, ExtractMentionsOrLists,
// ExtractCashtags and ExtractReply find entities with the same rules as the
// JavaScript reference implementation (twitter-text 3.1), including bare
// domains such as "example.co.id" that end in a known top-level domain.
// Entities are reported as half-open byte ranges of the input string so
// that callers can map them onto their own positions.
//
// The behaviour is pinned down by the twitter-text conformance suite
// (validate.yml, extract.yml and tlds.yml), which the tests of this package
// run in full. The list of top-level domains (tld_lib.yml) is embedded from
// twitter-text; see NOTICE.
package twittertext
