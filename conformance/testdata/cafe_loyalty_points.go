package main

import (
	"fmt"
	"sort"
)

type Customer struct {
	Name    string
	Points  int
	Visits  int
	History []int
}

func (c *Customer) Earn(cents int) {
	pts := cents / 100
	if c.Visits > 0 && c.Visits%5 == 0 {
		pts *= 2
	}
	c.Points += pts
	c.Visits++
	c.History = append(c.History, cents)
}

func (c *Customer) Redeem(pts int) bool {
	if pts > c.Points {
		return false
	}
	c.Points -= pts
	return true
}

func (c Customer) Tier() string {
	switch {
	case c.Points >= 50:
		return "gold"
	case c.Points >= 20:
		return "silver"
	default:
		return "bronze"
	}
}

type Program struct {
	members map[string]*Customer
}

func (p *Program) Member(name string) *Customer {
	if c, ok := p.members[name]; ok {
		return c
	}
	c := &Customer{Name: name}
	p.members[name] = c
	return c
}

func (p *Program) Ranked() []*Customer {
	list := make([]*Customer, 0, len(p.members))
	for _, c := range p.members {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Points != list[j].Points {
			return list[i].Points > list[j].Points
		}
		return list[i].Name < list[j].Name
	})
	return list
}

func main() {
	p := &Program{members: map[string]*Customer{}}
	purchases := []struct {
		who   string
		cents int
	}{
		{"maya", 650}, {"leo", 420}, {"maya", 1275}, {"ivy", 380},
		{"leo", 900}, {"maya", 500}, {"maya", 450}, {"maya", 700},
		{"maya", 1000}, {"ivy", 2200}, {"leo", 310},
	}
	for _, pu := range purchases {
		p.Member(pu.who).Earn(pu.cents)
	}

	for _, c := range p.Ranked() {
		fmt.Printf("%-5s points=%3d visits=%d tier=%s\n", c.Name, c.Points, c.Visits, c.Tier())
	}

	maya := p.Member("maya")
	fmt.Println("maya history:", maya.History)
	fmt.Println("maya redeems 30:", maya.Redeem(30), "left:", maya.Points)
	fmt.Println("maya redeems 30 again:", maya.Redeem(30), "left:", maya.Points)
	fmt.Println("maya tier now:", maya.Tier())

	copyOfLeo := *p.Member("leo")
	copyOfLeo.Earn(5000)
	fmt.Println("copy points:", copyOfLeo.Points, "original points:", p.Member("leo").Points)
	fmt.Println("members:", len(p.members))
}
