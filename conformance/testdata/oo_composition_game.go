package main

import (
	"fmt"
	"strings"
)

// Small reusable components instead of an inheritance tree.
type Position struct{ X, Y int }

func (p *Position) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Position) Describe() string { return fmt.Sprintf("at (%d,%d)", p.X, p.Y) }

type Health struct{ HP, MaxHP int }

func (h *Health) Damage(n int) { h.HP = max(0, h.HP-n) }
func (h *Health) Heal(n int)   { h.HP = min(h.MaxHP, h.HP+n) }
func (h Health) Alive() bool   { return h.HP > 0 }
func (h Health) Describe() string {
	bar := strings.Repeat("#", h.HP*10/h.MaxHP) + strings.Repeat(".", 10-h.HP*10/h.MaxHP)
	return fmt.Sprintf("[%s] %d/%d", bar, h.HP, h.MaxHP)
}

type Inventory struct{ Items []string }

func (i *Inventory) Pick(item string) { i.Items = append(i.Items, item) }

// Player composes all three. Both Position and Health define Describe,
// so the promoted selector is ambiguous and Player must define its own.
type Player struct {
	Name string
	Position
	Health
	Inventory
}

func (p *Player) Describe() string {
	return fmt.Sprintf("%s %s %s items=%v", p.Name, p.Position.Describe(), p.Health.Describe(), p.Items)
}

// Turret has a position and health but cannot move or carry things.
type Turret struct {
	Pos Position // named field: no promotion
	Health
	Power int
}

type Damageable interface {
	Damage(int)
	Alive() bool
}

type Mover interface{ Move(dx, dy int) }

func explode(radius int, center Position, targets map[string]Damageable, order []string) {
	fmt.Printf("explosion at %v radius %d\n", center, radius)
	for _, name := range order {
		t := targets[name]
		t.Damage(radius * 10)
		fmt.Printf("  %s alive=%v\n", name, t.Alive())
	}
}

func main() {
	hero := &Player{Name: "hero", Health: Health{100, 100}}
	hero.Move(3, 4) // promoted from *Position
	hero.Pick("sword")
	hero.Pick("potion")
	fmt.Println(hero.Describe())

	tur := &Turret{Pos: Position{5, 5}, Health: Health{60, 60}, Power: 7}
	tur.Pos.Move(-1, 0)

	orc := &Player{Name: "orc", Position: Position{9, 9}, Health: Health{40, 40}}

	targets := map[string]Damageable{"hero": hero, "turret": tur, "orc": orc}
	order := []string{"hero", "orc", "turret"}
	explode(3, Position{4, 4}, targets, order)
	explode(2, Position{4, 4}, targets, order)

	hero.Heal(25)
	fmt.Println(hero.Describe())
	fmt.Println(orc.Describe())
	fmt.Printf("turret %s %s power=%d\n", tur.Pos.Describe(), tur.Describe(), tur.Power)

	movers := []Mover{hero, orc, &tur.Pos}
	for _, m := range movers {
		m.Move(1, 1)
	}
	fmt.Println(hero.Position, orc.Position, tur.Pos)

	var things []any = []any{hero, tur, orc}
	for _, t := range things {
		_, canMove := t.(Mover)
		_, canHurt := t.(Damageable)
		fmt.Printf("%-14T mover=%-5v damageable=%v\n", t, canMove, canHurt)
	}
}
