package main

import (
	"fmt"
	"slices"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
}

type Player struct {
	Location  string
	Inventory []string
	Moves     int
}

type World struct {
	Rooms  map[string]*Room
	Player Player
}

func (w *World) Do(cmd string) string {
	w.Player.Moves++
	verb, arg, _ := strings.Cut(cmd, " ")
	room := w.Rooms[w.Player.Location]
	switch verb {
	case "look":
		exits := make([]string, 0, len(room.Exits))
		for dir := range room.Exits {
			exits = append(exits, dir)
		}
		slices.Sort(exits)
		return fmt.Sprintf("%s: %s Exits: %s. Items: %v", room.Name, room.Desc, strings.Join(exits, ", "), room.Items)
	case "go":
		next, ok := room.Exits[arg]
		if !ok {
			return "You can't go " + arg + "."
		}
		if next == "vault" && !slices.Contains(w.Player.Inventory, "key") {
			return "The vault door is locked."
		}
		w.Player.Location = next
		return "You walk " + arg + " to the " + w.Rooms[next].Name + "."
	case "take":
		i := slices.Index(room.Items, arg)
		if i < 0 {
			return fmt.Sprintf("There is no %q here.", arg)
		}
		room.Items = slices.Delete(room.Items, i, i+1)
		w.Player.Inventory = append(w.Player.Inventory, arg)
		return "Taken: " + arg
	case "inv":
		return fmt.Sprintf("You carry %d item(s): %v", len(w.Player.Inventory), w.Player.Inventory)
	}
	w.Player.Moves--
	return "I don't understand " + fmt.Sprintf("%q", cmd)
}

func main() {
	w := &World{
		Rooms: map[string]*Room{
			"hall":    {Name: "Hall", Desc: "A dusty entrance hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
			"library": {Name: "Library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall", "down": "vault"}, Items: []string{"book"}},
			"kitchen": {Name: "Kitchen", Desc: "Smells of bread.", Exits: map[string]string{"west": "hall"}, Items: []string{"key", "apple"}},
			"vault":   {Name: "Vault", Desc: "Gold glitters everywhere!", Exits: map[string]string{"up": "library"}, Items: []string{"gold"}},
		},
		Player: Player{Location: "hall"},
	}
	script := []string{
		"look", "go north", "go down", "go south", "go east", "take key",
		"take sword", "dance", "go west", "go north", "go down", "look", "take gold", "inv",
	}
	for _, cmd := range script {
		fmt.Printf("> %s\n%s\n", cmd, w.Do(cmd))
	}
	fmt.Printf("%+v\n", w.Player)
}
