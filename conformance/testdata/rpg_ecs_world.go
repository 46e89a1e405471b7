// A tiny entity-component system: components in typed stores, systems as functions.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Entity int

type Position struct{ X, Y int }
type Velocity struct{ DX, DY int }
type Health struct{ HP, Max int }
type Name string

// Store keeps one component type for many entities.
type Store[T any] struct{ data map[Entity]T }

func NewStore[T any]() *Store[T] { return &Store[T]{data: map[Entity]T{}} }

func (s *Store[T]) Set(e Entity, v T) { s.data[e] = v }

func (s *Store[T]) Get(e Entity) (T, bool) {
	v, ok := s.data[e]
	return v, ok
}

// Each visits entities in ascending id order so output is stable.
func (s *Store[T]) Each(yield func(Entity, T) bool) {
	for _, e := range slices.Sorted(maps.Keys(s.data)) {
		if !yield(e, s.data[e]) {
			return
		}
	}
}

type World struct {
	next  Entity
	Pos   *Store[Position]
	Vel   *Store[Velocity]
	HP    *Store[Health]
	Names *Store[Name]
}

func NewWorld() *World {
	return &World{Pos: NewStore[Position](), Vel: NewStore[Velocity](), HP: NewStore[Health](), Names: NewStore[Name]()}
}

// Spawn creates an entity and attaches whatever components it is given.
func (w *World) Spawn(components ...any) Entity {
	w.next++
	e := w.next
	for _, c := range components {
		switch c := c.(type) {
		case Position:
			w.Pos.Set(e, c)
		case Velocity:
			w.Vel.Set(e, c)
		case Health:
			w.HP.Set(e, c)
		case Name:
			w.Names.Set(e, c)
		default:
			fmt.Printf("spawn %d: ignoring component %T\n", e, c)
		}
	}
	return e
}

func (w *World) label(e Entity) string {
	if n, ok := w.Names.Get(e); ok {
		return string(n)
	}
	return fmt.Sprintf("entity#%d", e)
}

func movement(w *World) {
	for e, v := range w.Vel.Each {
		if p, ok := w.Pos.Get(e); ok {
			p.X, p.Y = p.X+v.DX, p.Y+v.DY
			w.Pos.Set(e, p)
		}
	}
}

// lava damages anything with health standing at x >= 5.
func lava(w *World) {
	for e, p := range w.Pos.Each {
		if h, ok := w.HP.Get(e); ok && h.HP > 0 && p.X >= 5 {
			h.HP = max(h.HP-4, 0)
			w.HP.Set(e, h)
			fmt.Printf("  %s burns at %+v, hp %d/%d\n", w.label(e), p, h.HP, h.Max)
			if h.HP == 0 {
				delete(w.Vel.data, e)
				fmt.Printf("  %s is destroyed and stops moving\n", w.label(e))
			}
		}
	}
}

func main() {
	w := NewWorld()
	w.Spawn(Name("knight"), Position{0, 0}, Velocity{1, 0}, Health{10, 10})
	w.Spawn(Name("bat"), Position{3, 3}, Velocity{1, -1}, Health{4, 4})
	w.Spawn(Position{6, 1}, Health{20, 20}) // an unnamed statue
	w.Spawn(Name("ghost"), Position{2, 2}, Velocity{0, 1}, 3.5)
	systems := []func(*World){movement, lava}
	for tick := 1; tick <= 5; tick++ {
		fmt.Printf("tick %d\n", tick)
		for _, sys := range systems {
			sys(w)
		}
	}
	for e, p := range w.Pos.Each {
		h, hasHP := w.HP.Get(e)
		fmt.Printf("%-9s pos=%v hp=%v hasHP=%t\n", w.label(e), p, h, hasHP)
	}
	fmt.Printf("%T %T\n", w.Pos, Name("x"))
}
