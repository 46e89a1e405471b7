package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction string

type Room struct {
	Name  string
	Desc  string
	Exits map[Direction]string
	Items []string
	Lock  string // item required to enter
}

type Player struct {
	Room      string
	Inventory map[string]bool
	Moves     int
	Score     int
}

var world = buildWorld()

func buildWorld() map[string]*Room {
	rooms := []*Room{
		{Name: "hall", Desc: "A dusty entrance hall.", Exits: map[Direction]string{"north": "library", "east": "kitchen"}},
		{Name: "kitchen", Desc: "Pots hang from the ceiling.", Exits: map[Direction]string{"west": "hall"}, Items: []string{"lamp", "bread"}},
		{Name: "library", Desc: "Shelves of crumbling books.", Exits: map[Direction]string{"south": "hall", "up": "attic"}, Items: []string{"key"}},
		{Name: "attic", Desc: "It is pitch black without light.", Exits: map[Direction]string{"down": "library", "east": "vault"}, Lock: "lamp"},
		{Name: "vault", Desc: "Gold glitters everywhere!", Exits: map[Direction]string{"west": "attic"}, Items: []string{"treasure"}, Lock: "key"},
	}
	m := make(map[string]*Room, len(rooms))
	for _, r := range rooms {
		m[r.Name] = r
	}
	return m
}

func (p *Player) look() string {
	r := world[p.Room]
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, string(d))
	}
	sort.Strings(exits)
	s := fmt.Sprintf("[%s] %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += fmt.Sprintf(" You see: %s.", strings.Join(r.Items, ", "))
	}
	return s
}

func (p *Player) do(cmd string) (string, bool) {
	verb, arg, _ := strings.Cut(cmd, " ")
	r := world[p.Room]
	switch verb {
	case "look":
		return p.look(), false
	case "go":
		dest, ok := r.Exits[Direction(arg)]
		if !ok {
			return "You can't go " + arg + ".", false
		}
		if need := world[dest].Lock; need != "" && !p.Inventory[need] {
			return fmt.Sprintf("The way %s is blocked. (needs %s)", arg, need), false
		}
		p.Room = dest
		p.Moves++
		return p.look(), false
	case "take":
		for i, it := range r.Items {
			if it == arg {
				r.Items = append(r.Items[:i], r.Items[i+1:]...)
				p.Inventory[it] = true
				p.Score += 10
				if it == "treasure" {
					p.Score += 90
					return "You grab the treasure. You win!", true
				}
				return "Taken: " + it + ".", false
			}
		}
		return "There is no " + arg + " here.", false
	case "eat":
		if !p.Inventory[arg] {
			return "You don't have " + arg + ".", false
		}
		delete(p.Inventory, arg)
		return "Delicious " + arg + ".", false
	case "inv":
		items := make([]string, 0, len(p.Inventory))
		for it := range p.Inventory {
			items = append(items, it)
		}
		sort.Strings(items)
		return fmt.Sprintf("You carry: %q", items), false
	case "quit":
		return "Bye.", true
	}
	return fmt.Sprintf("I don't understand %q.", cmd), false
}

func main() {
	script := []string{
		"look", "go north", "go up", "take key", "take sword", "go south",
		"go east", "take lamp", "take bread", "inv", "eat bread", "dance",
		"go west", "go north", "go up", "go east", "take treasure", "look",
	}
	p := &Player{Room: "hall", Inventory: map[string]bool{}}
	turn := 0
next:
	if turn < len(script) {
		cmd := script[turn]
		turn++
		out, done := p.do(cmd)
		fmt.Printf("> %-14s %s\n", cmd, out)
		if done {
			goto end
		}
		goto next
	}
	fmt.Println("The script ran out before the adventure ended.")
end:
	fmt.Printf("turns=%d moves=%d score=%d room=%s\n", turn, p.Moves, p.Score, p.Room)
	fmt.Printf("%d commands left unused\n", len(script)-turn)
}
