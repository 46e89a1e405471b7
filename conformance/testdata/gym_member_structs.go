package main

import "fmt"

type Tier int

const (
	Basic Tier = iota
	Silver
	Gold
)

func (t Tier) String() string {
	switch t {
	case Basic:
		return "Basic"
	case Silver:
		return "Silver"
	case Gold:
		return "Gold"
	}
	return fmt.Sprintf("Tier(%d)", int(t))
}

type Member struct {
	ID      int
	Name    string
	Tier    Tier
	Visits  int
	Credits int
}

// MonthlyFee uses a value receiver: it only reads the member.
func (m Member) MonthlyFee() float64 {
	base := []float64{29.99, 44.50, 69.00}[m.Tier]
	if m.Visits > 12 {
		base *= 0.9
	}
	return base
}

// CheckIn uses a pointer receiver because it changes the member.
func (m *Member) CheckIn() {
	m.Visits++
	if m.Credits > 0 {
		m.Credits--
	}
}

func (m *Member) Upgrade() bool {
	if m.Tier == Gold {
		return false
	}
	m.Tier++
	m.Credits += 5
	return true
}

func (m Member) String() string {
	return fmt.Sprintf("#%03d %-8s %-6v visits=%2d credits=%d", m.ID, m.Name, m.Tier, m.Visits, m.Credits)
}

func main() {
	members := []Member{
		{ID: 1, Name: "Alice", Tier: Basic, Credits: 2},
		{ID: 2, Name: "Bruno", Tier: Silver, Visits: 11, Credits: 4},
		{ID: 17, Name: "Chen", Tier: Gold, Visits: 20},
	}

	for i := range members {
		for range 3 {
			members[i].CheckIn()
		}
	}

	// Ranging by value gives copies, so this CheckIn is lost.
	for _, m := range members {
		m.CheckIn()
	}

	for _, m := range members {
		fmt.Println(m)
		fmt.Printf("  fee: $%.2f\n", m.MonthlyFee())
	}

	for i := range members {
		p := &members[i]
		if p.Upgrade() {
			fmt.Printf("%s upgraded to %v\n", p.Name, p.Tier)
		} else {
			fmt.Printf("%s is already %v\n", p.Name, p.Tier)
		}
	}

	total := 0.0
	for _, m := range members {
		total += m.MonthlyFee()
	}
	fmt.Printf("monthly revenue: $%.2f\n", total)
	fmt.Println(Tier(7))
}
