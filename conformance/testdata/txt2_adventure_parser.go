package main

import (
	"fmt"
	"sort"
	"strings"
)

type Command struct {
	Verb, Object, Target string
}

func (c Command) String() string {
	s := c.Verb
	if c.Object != "" {
		s += " <" + c.Object + ">"
	}
	if c.Target != "" {
		s += " -> <" + c.Target + ">"
	}
	return s
}

var synonyms = map[string]string{
	"get": "take", "grab": "take", "pick": "take", "look": "examine", "x": "examine",
	"n": "go north", "s": "go south", "e": "go east", "w": "go west", "walk": "go", "i": "inventory",
}
var fillers = map[string]bool{"the": true, "a": true, "an": true, "up": true, "at": true}
var preps = map[string]bool{"with": true, "on": true, "in": true, "to": true}
var verbs = map[string]bool{"take": true, "examine": true, "go": true, "open": true, "put": true, "inventory": true, "drop": true}

func parse(input string) (Command, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(input)) {
		w = strings.Trim(w, ".,!?")
		if syn, ok := synonyms[w]; ok {
			words = append(words, strings.Fields(syn)...)
		} else if !fillers[w] && w != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return Command{}, fmt.Errorf("empty command")
	}
	cmd := Command{Verb: words[0]}
	if !verbs[cmd.Verb] {
		return cmd, fmt.Errorf("word 1: unknown verb %q", cmd.Verb)
	}
	var obj, tgt []string
	cur := &obj
	for i, w := range words[1:] {
		if preps[w] {
			if cur == &tgt {
				return cmd, fmt.Errorf("word %d: unexpected second preposition %q", i+2, w)
			}
			cur = &tgt
			continue
		}
		*cur = append(*cur, w)
	}
	cmd.Object, cmd.Target = strings.Join(obj, " "), strings.Join(tgt, " ")
	if cmd.Verb == "go" && cmd.Object == "" {
		return cmd, fmt.Errorf("go where?")
	}
	return cmd, nil
}

func main() {
	inventory := map[string]int{}
	inputs := []string{
		"Take the brass lamp", "grab a key", "pick up the key", "open the door with the key",
		"n", "look at the painting", "put lamp in box on table", "dance wildly", "walk", "",
		"put the coin in the fountain.", "i",
	}
	for _, in := range inputs {
		cmd, err := parse(in)
		if err != nil {
			fmt.Printf("%-32q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-32q %v\n", in, cmd)
		switch cmd.Verb {
		case "take":
			inventory[cmd.Object]++
		case "put", "drop":
			n, ok := inventory[cmd.Object]
			fmt.Printf("%34s had %q: count=%d ok=%v\n", "", cmd.Object, n, ok)
		case "inventory":
			items := make([]string, 0, len(inventory))
			for k, v := range inventory {
				items = append(items, fmt.Sprintf("%s x%d", k, v))
			}
			sort.Strings(items)
			fmt.Printf("%34s carrying: %s\n", "", strings.Join(items, ", "))
		}
	}
}
