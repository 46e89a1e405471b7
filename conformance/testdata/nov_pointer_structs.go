package main

import "fmt"

type Player struct {
	Name   string
	Health int
	Score  int
	Level  int
}

// this one does NOT work because it gets a copy
func healCopy(p Player) {
	p.Health = 100
}

// this one works because pointer
func heal(p *Player) {
	p.Health = 100
}

func takeDamage(p *Player, dmg int) {
	p.Health -= dmg
	if p.Health < 0 {
		p.Health = 0
	}
}

func (p *Player) AddScore(points int) {
	p.Score += points
	for p.Score >= p.Level*100 {
		p.Level++
		fmt.Println("  ", p.Name, "leveled up to", p.Level)
	}
}

func (p Player) Status() string {
	return fmt.Sprintf("%s: hp=%d score=%d level=%d", p.Name, p.Health, p.Score, p.Level)
}

func swap(a, b *int) {
	temp := *a
	*a = *b
	*b = temp
}

func main() {
	hero := Player{Name: "Hero", Health: 100, Level: 1}
	takeDamage(&hero, 70)
	fmt.Println(hero.Status())
	healCopy(hero)
	fmt.Println("after healCopy:", hero.Status())
	heal(&hero)
	fmt.Println("after heal:", hero.Status())

	hero.AddScore(150)
	hero.AddScore(180)
	fmt.Println(hero.Status())

	villain := &Player{Name: "Villain", Health: 50, Level: 1}
	takeDamage(villain, 80)
	fmt.Println(villain.Status())

	// pointer to the same struct
	alias := &hero
	alias.Name = "Super Hero"
	fmt.Println("hero name is now", hero.Name)

	// slice of pointers lets us change them in a loop
	team := []*Player{
		{Name: "A", Health: 10, Level: 1},
		{Name: "B", Health: 20, Level: 1},
		{Name: "C", Health: 30, Level: 1},
	}
	for _, p := range team {
		p.Health += 5
	}
	for _, p := range team {
		fmt.Println(p.Status())
	}

	// slice of values: range gives copies!
	values := []Player{{Name: "X", Health: 1}, {Name: "Y", Health: 2}}
	for _, p := range values {
		p.Health = 999
	}
	fmt.Println("values after range copy:", values[0].Health, values[1].Health)
	for i := range values {
		values[i].Health = 999
	}
	fmt.Println("values after index:", values[0].Health, values[1].Health)

	x, y := 3, 8
	swap(&x, &y)
	fmt.Println("swapped:", x, y)

	var nobody *Player
	fmt.Println("nobody is nil?", nobody == nil)
}
