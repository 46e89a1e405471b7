package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
)

type Stream struct {
	Song     string   `json:"song"`
	Artist   string   `json:"artist"`
	Plays    int64    `json:"plays"`
	Explicit bool     `json:"explicit,omitempty"`
	Tags     []string `json:"tags,omitempty"`
}

type Report struct {
	Week    int      `json:"week"`
	Streams []Stream `json:"streams"`
}

const input = `{
  "week": 23,
  "streams": [
    {"song": "Neon Rain", "artist": "Velvet Static", "plays": 1843221, "tags": ["synthpop"]},
    {"song": "Harbor Lights", "artist": "June Avenue", "plays": 982310},
    {"song": "Ghost Notes", "artist": "Velvet Static", "plays": 2210045, "explicit": true},
    {"song": "Paper Moon", "artist": "The Lanterns", "plays": 455900, "tags": ["folk", "acoustic"]}
  ]
}`

func main() {
	var r Report
	if err := json.Unmarshal([]byte(input), &r); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("week %d: %d songs\n", r.Week, len(r.Streams))

	sort.Slice(r.Streams, func(i, j int) bool {
		return r.Streams[i].Plays > r.Streams[j].Plays
	})
	var total int64
	for i, s := range r.Streams {
		total += s.Plays
		fmt.Printf("#%d %-14s %-14s %9d plays explicit=%t tags=%v\n",
			i+1, s.Song, s.Artist, s.Plays, s.Explicit, s.Tags)
	}
	fmt.Println("total plays:", total)

	byArtist := map[string]int64{}
	for _, s := range r.Streams {
		byArtist[s.Artist] += s.Plays
	}
	// encoding/json sorts map keys, so this output is stable.
	out, err := json.MarshalIndent(byArtist, "", "  ")
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	top := r.Streams[0]
	top.Tags = append(top.Tags, "chart-topper")
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(top); err != nil {
		fmt.Println("encode error:", err)
	}

	var bad Report
	err = json.Unmarshal([]byte(`{"week": "twenty"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("bad input: field %q expects %v, got %s\n", typeErr.Field, typeErr.Type, typeErr.Value)
	}
}
