// Section 7.6 and Exercise 7.8: sorting tracks by multiple columns.
package main

import (
	"cmp"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
	"time"
)

type Track struct {
	Title, Artist, Album string
	Year                 int
	Length               time.Duration
}

var tracks = []*Track{
	{"Go", "Delilah", "From the Roots Up", 2012, length("3m38s")},
	{"Go", "Moby", "Moby", 1992, length("3m37s")},
	{"Go Ahead", "Alicia Keys", "As I Am", 2007, length("4m36s")},
	{"Ready 2 Go", "Martin Solveig", "Smash", 2011, length("4m24s")},
	{"Go", "Alicia Keys", "Girl on Fire", 2012, length("3m38s")},
}

func length(s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(s)
	}
	return d
}

func printTracks(tracks []*Track) {
	const format = "%v\t%v\t%v\t%v\t%v\t\n"
	tw := new(tabwriter.Writer).Init(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, format, "Title", "Artist", "Album", "Year", "Length")
	for _, t := range tracks {
		fmt.Fprintf(tw, format, t.Title, t.Artist, t.Album, t.Year, t.Length)
	}
	tw.Flush()
	fmt.Println()
}

type byArtist []*Track

func (x byArtist) Len() int           { return len(x) }
func (x byArtist) Less(i, j int) bool { return x[i].Artist < x[j].Artist }
func (x byArtist) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type customSort struct {
	t    []*Track
	less func(x, y *Track) bool
}

func (x customSort) Len() int           { return len(x.t) }
func (x customSort) Less(i, j int) bool { return x.less(x.t[i], x.t[j]) }
func (x customSort) Swap(i, j int)      { x.t[i], x.t[j] = x.t[j], x.t[i] }

// multiKey sorts by the most recently "clicked" columns first.
type multiKey struct {
	keys []func(x, y *Track) int
}

func (m *multiKey) Click(key func(x, y *Track) int) {
	m.keys = append([]func(x, y *Track) int{key}, m.keys...)
}

func (m *multiKey) less(x, y *Track) bool {
	for _, k := range m.keys {
		if c := k(x, y); c != 0 {
			return c < 0
		}
	}
	return false
}

func main() {
	sort.Sort(byArtist(tracks))
	printTracks(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	fmt.Println(tracks[0].Artist, tracks[len(tracks)-1].Artist)

	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		return x.Year < y.Year
	}})
	printTracks(tracks)

	var m multiKey
	m.Click(func(x, y *Track) int { return cmp.Compare(x.Album, y.Album) })
	m.Click(func(x, y *Track) int { return int(x.Length - y.Length) })
	m.Click(func(x, y *Track) int { return y.Year - x.Year })
	sort.Stable(customSort{tracks, m.less})
	printTracks(tracks)
	fmt.Println("sorted:", sort.IsSorted(customSort{tracks, m.less}))
}
