package main

import (
	"errors"
	"fmt"
)

type Stage int

const (
	Fallow Stage = iota
	Ploughed
	Sown
	Growing
	Ripe
	Harvested
)

func (s Stage) String() string {
	return [...]string{"fallow", "ploughed", "sown", "growing", "ripe", "harvested"}[s]
}

type TransitionError struct {
	From, To Stage
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot go from %v to %v", e.From, e.To)
}

// allowed lists legal next stages for each stage.
var allowed = map[Stage][]Stage{
	Fallow:    {Ploughed},
	Ploughed:  {Sown, Fallow},
	Sown:      {Growing},
	Growing:   {Ripe, Fallow},
	Ripe:      {Harvested},
	Harvested: {Fallow},
}

type Field struct {
	Name    string
	Stage   Stage
	History []Stage
}

func (f *Field) Advance(to Stage) error {
	for _, next := range allowed[f.Stage] {
		if next == to {
			f.History = append(f.History, f.Stage)
			f.Stage = to
			return nil
		}
	}
	return TransitionError{f.Stage, to}
}

func (f Field) Summary() string {
	return fmt.Sprintf("%s is %v after %d steps %v", f.Name, f.Stage, len(f.History), f.History)
}

func main() {
	top := &Field{Name: "Top Field"}
	plan := []Stage{Ploughed, Sown, Growing, Ripe, Harvested, Fallow}
	for _, s := range plan {
		if err := top.Advance(s); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-10s -> %v\n", top.Name, top.Stage)
	}
	fmt.Println(top.Summary())

	low := &Field{Name: "Low Field"}
	bad := []Stage{Sown, Ploughed, Ripe, Sown, Growing, Fallow}
	for _, s := range bad {
		err := low.Advance(s)
		var te TransitionError
		switch {
		case err == nil:
			fmt.Printf("%-10s -> %v\n", low.Name, low.Stage)
		case errors.As(err, &te) && te.To == Ripe:
			fmt.Println("too early to call it ripe:", err)
		default:
			fmt.Println("rejected:", err)
		}
	}
	fmt.Println(low.Summary())
	fmt.Printf("%v %d %q\n", Growing, Growing, Ripe)
}
