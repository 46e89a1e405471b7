package main

import (
	"fmt"
	"slices"
	"strings"
)

type Entity int

type Component interface{ kind() string }

type Position struct{ X, Y int }
type Velocity struct{ DX, DY int }
type Health struct{ HP, Max int }
type Name string
type Hazard struct{ Damage int }

func (Position) kind() string { return "pos" }
func (Velocity) kind() string { return "vel" }
func (Health) kind() string   { return "hp" }
func (Name) kind() string     { return "name" }
func (Hazard) kind() string   { return "hazard" }

type World struct {
	next  Entity
	comps map[Entity]map[string]Component
}

func NewWorld() *World { return &World{comps: map[Entity]map[string]Component{}} }

func (w *World) Spawn(cs ...Component) Entity {
	w.next++
	w.comps[w.next] = map[string]Component{}
	for _, c := range cs {
		w.Set(w.next, c)
	}
	return w.next
}

func (w *World) Set(e Entity, c Component) { w.comps[e][c.kind()] = c }

// Get fetches a component of type T from an entity.
func Get[T Component](w *World, e Entity) (T, bool) {
	var zero T
	c, ok := w.comps[e][zero.kind()].(T)
	return c, ok
}

// With returns, in ID order, the entities owning all given component kinds.
func (w *World) With(kinds ...string) []Entity {
	var out []Entity
	for e, m := range w.comps {
		has := true
		for _, k := range kinds {
			_, ok := m[k]
			has = has && ok
		}
		if has {
			out = append(out, e)
		}
	}
	slices.Sort(out)
	return out
}

type System interface{ Update(w *World) }

type Movement struct{ W, H int }

func (s Movement) Update(w *World) {
	for _, e := range w.With("pos", "vel") {
		p, _ := Get[Position](w, e)
		v, _ := Get[Velocity](w, e)
		p.X, p.Y = (p.X+v.DX+s.W)%s.W, (p.Y+v.DY+s.H)%s.H
		w.Set(e, p)
	}
}

type Damage struct{}

func (Damage) Update(w *World) {
	for _, h := range w.With("pos", "hazard") {
		hp, _ := Get[Position](w, h)
		hz, _ := Get[Hazard](w, h)
		for _, e := range w.With("pos", "hp") {
			if p, _ := Get[Position](w, e); p == hp && e != h {
				life, _ := Get[Health](w, e)
				life.HP = max(0, life.HP-hz.Damage)
				w.Set(e, life)
				name, _ := Get[Name](w, e)
				fmt.Printf("   * %s hit for %d at %v\n", name, hz.Damage, p)
			}
		}
	}
}

type Reaper struct{}

func (Reaper) Update(w *World) {
	for _, e := range w.With("hp") {
		if h, _ := Get[Health](w, e); h.HP == 0 {
			name, _ := Get[Name](w, e)
			fmt.Printf("   * %s is destroyed\n", name)
			delete(w.comps, e)
		}
	}
}

// describe renders an entity's components in a fixed order using a type switch.
func describe(w *World, e Entity) string {
	parts := make([]string, 0, 5)
	for _, k := range []string{"name", "pos", "vel", "hp", "hazard"} {
		switch c := w.comps[e][k].(type) {
		case Name:
			parts = append(parts, fmt.Sprintf("%-6s", string(c)))
		case Position:
			parts = append(parts, fmt.Sprintf("at(%d,%d)", c.X, c.Y))
		case Velocity:
			parts = append(parts, fmt.Sprintf("vel%+d%+d", c.DX, c.DY))
		case Health:
			parts = append(parts, fmt.Sprintf("hp %d/%d", c.HP, c.Max))
		case Hazard:
			parts = append(parts, fmt.Sprintf("hazard(%d)", c.Damage))
		}
	}
	return strings.Join(parts, " ")
}

func main() {
	w := NewWorld()
	w.Spawn(Name("rover"), Position{0, 0}, Velocity{1, 0}, Health{10, 10})
	w.Spawn(Name("drone"), Position{3, 3}, Velocity{0, -1}, Health{4, 4})
	w.Spawn(Name("lava"), Position{3, 0}, Hazard{3})
	w.Spawn(Name("spikes"), Position{5, 0}, Hazard{2})
	w.Spawn(Name("statue"), Position{2, 2})
	systems := []System{Movement{W: 6, H: 4}, Damage{}, Reaper{}}
	for tick := 1; tick <= 8; tick++ {
		fmt.Printf("tick %d:\n", tick)
		for _, s := range systems {
			s.Update(w)
		}
		fmt.Printf("   %d entities, %d moving\n", len(w.comps), len(w.With("vel")))
	}
	fmt.Println("final state:")
	for _, e := range w.With() {
		fmt.Printf("  #%d %s\n", e, describe(w, e))
	}
}
