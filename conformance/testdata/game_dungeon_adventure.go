package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Room struct {
	Name  string
	Exits map[string]string // direction -> room id
	Items []string
	Lock  string // item required to enter, if any
}

type LockedError struct{ Room, Need string }

func (e *LockedError) Error() string {
	return fmt.Sprintf("the %s is locked (need %s)", e.Room, e.Need)
}

type UnknownCommandError string

func (e UnknownCommandError) Error() string {
	return fmt.Sprintf("I don't know how to %q", string(e))
}

var ErrNoExit = errors.New("you can't go that way")

type Player struct {
	At    string
	Bag   []string
	Moves int
}

type World struct {
	Rooms  map[string]*Room
	Player Player
}

func (w *World) Do(line string) (string, error) {
	verb, arg, _ := strings.Cut(line, " ")
	here := w.Rooms[w.Player.At]
	switch verb {
	case "look":
		return fmt.Sprintf("%s. Items: %v. Exits: %s", here.Name, here.Items, w.exitList(here)), nil
	case "go":
		id, ok := here.Exits[arg]
		if !ok {
			return "", fmt.Errorf("go %s: %w", arg, ErrNoExit)
		}
		next := w.Rooms[id]
		if next.Lock != "" && !slices.Contains(w.Player.Bag, next.Lock) {
			return "", &LockedError{next.Name, next.Lock}
		}
		w.Player.At = id
		w.Player.Moves++
		return "You enter the " + next.Name + ".", nil
	case "take":
		i := slices.Index(here.Items, arg)
		if i < 0 {
			return "", fmt.Errorf("there is no %s here", arg)
		}
		here.Items = slices.Delete(here.Items, i, i+1)
		w.Player.Bag = append(w.Player.Bag, arg)
		return "Taken: " + arg, nil
	case "bag":
		return fmt.Sprintf("You carry %d item(s): %s", len(w.Player.Bag), strings.Join(w.Player.Bag, ", ")), nil
	}
	return "", UnknownCommandError(verb)
}

func (w *World) exitList(r *Room) string {
	dirs := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		dirs = append(dirs, d)
	}
	slices.Sort(dirs)
	return strings.Join(dirs, ",")
}

func main() {
	w := &World{
		Rooms: map[string]*Room{
			"hall":    {Name: "great hall", Exits: map[string]string{"north": "library", "east": "kitchen", "down": "vault"}},
			"library": {Name: "dusty library", Exits: map[string]string{"south": "hall"}, Items: []string{"map", "candle"}},
			"kitchen": {Name: "cold kitchen", Exits: map[string]string{"west": "hall"}, Items: []string{"brass key"}},
			"vault":   {Name: "vault", Exits: map[string]string{"up": "hall"}, Items: []string{"crown"}, Lock: "brass key"},
		},
		Player: Player{At: "hall"},
	}
	script := []string{
		"look", "go down", "go west", "go north", "take candle", "take sword", "go south",
		"go east", "take brass key", "dance", "go west", "go down", "look", "take crown", "bag",
	}
	for _, cmd := range script {
		out, err := w.Do(cmd)
		var locked *LockedError
		var unknown UnknownCommandError
		switch {
		case err == nil:
			fmt.Printf("> %-15s %s\n", cmd, out)
		case errors.As(err, &locked):
			fmt.Printf("> %-15s LOCKED: %v\n", cmd, locked)
		case errors.As(err, &unknown):
			fmt.Printf("> %-15s ??? %v\n", cmd, err)
		case errors.Is(err, ErrNoExit):
			fmt.Printf("> %-15s blocked: %v\n", cmd, err)
		default:
			fmt.Printf("> %-15s error: %v\n", cmd, err)
		}
	}
	if slices.Contains(w.Player.Bag, "crown") {
		fmt.Printf("You win in %d moves! Final state: %+v\n", w.Player.Moves, w.Player)
	}
}
