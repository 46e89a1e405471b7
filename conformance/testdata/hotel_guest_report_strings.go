package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const registry = `
  smith, john ; 204 ; VIP,late-checkout
  garcía, maría ; 118 ;
  o'neil, PAT ; 330 ; allergy:nuts , vip
  lee, ji-woo;512;early-checkin
`

type Entry struct {
	Last, First string
	Room        string
	Tags        []string
}

func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		runes := []rune(w)
		runes[0] = unicode.ToUpper(runes[0])
		words[i] = string(runes)
	}
	return strings.Join(words, " ")
}

func parse(line string) (Entry, bool) {
	parts := strings.Split(line, ";")
	if len(parts) != 3 {
		return Entry{}, false
	}
	last, first, found := strings.Cut(parts[0], ",")
	if !found {
		return Entry{}, false
	}
	e := Entry{
		Last:  titleCase(strings.TrimSpace(last)),
		First: titleCase(strings.TrimSpace(first)),
		Room:  strings.TrimSpace(parts[1]),
	}
	for tag := range strings.SplitSeq(parts[2], ",") {
		tag = strings.ToLower(strings.TrimSpace(tag))
		if tag != "" {
			e.Tags = append(e.Tags, tag)
		}
	}
	return e, true
}

func main() {
	var entries []Entry
	for line := range strings.Lines(registry) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if e, ok := parse(line); ok {
			entries = append(entries, e)
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Last < entries[j].Last })

	var b strings.Builder
	b.WriteString(strings.ToUpper("guest registry") + "\n")
	b.WriteString(strings.Repeat("=", 40) + "\n")
	for _, e := range entries {
		name := e.First + " " + e.Last
		fmt.Fprintf(&b, "%-20s room %s", name, e.Room)
		if len(e.Tags) > 0 {
			fmt.Fprintf(&b, " [%s]", strings.Join(e.Tags, "|"))
		}
		b.WriteByte('\n')
	}
	fmt.Print(b.String())

	vips := 0
	for _, e := range entries {
		for _, t := range e.Tags {
			if strings.EqualFold(t, "VIP") {
				vips++
			}
		}
	}
	fmt.Println("VIP guests:", vips)

	sign := "Welcome to the Grand Harbour Hotel"
	fmt.Println(strings.Count(sign, "o"), "letter o's in the sign")
	fmt.Println(strings.ReplaceAll(sign, " ", "_"))
	fmt.Printf("%q\n", strings.Fields("  lobby   bar  pool "))
	fmt.Println(strings.Contains(sign, "Harbour"), strings.Index(sign, "Hotel"), strings.HasPrefix(sign, "Welcome"))
	r := strings.NewReplacer("Grand", "Petite", "Hotel", "Inn")
	fmt.Println(r.Replace(sign))
}
