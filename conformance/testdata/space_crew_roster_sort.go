package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Astronaut struct {
	Name     string
	Agency   string
	Role     string
	Missions int
	EVAHours float64
}

func main() {
	roster := []Astronaut{
		{"Nadia Petrova", "ROS", "Flight Engineer", 3, 41.5},
		{"Kenji Mori", "JAXA", "Mission Specialist", 2, 12.0},
		{"Ana Lucia Reyes", "NASA", "Commander", 4, 55.25},
		{"Tom Becker", "ESA", "Flight Engineer", 1, 0},
		{"Grace Okafor", "NASA", "Pilot", 2, 18.75},
		{"Luc Martin", "ESA", "Mission Specialist", 3, 30.0},
		{"Sam Harper", "NASA", "Flight Engineer", 1, 6.5},
	}

	// Sort by role, then by missions descending, then by name.
	slices.SortFunc(roster, func(a, b Astronaut) int {
		return cmp.Or(
			cmp.Compare(a.Role, b.Role),
			cmp.Compare(b.Missions, a.Missions),
			strings.Compare(a.Name, b.Name),
		)
	})

	fmt.Println("Crew roster by role:")
	for i, a := range roster {
		fmt.Printf("%2d. %-18s %-16s %-5s missions=%d eva=%6.2fh\n",
			i+1, a.Role, a.Name, a.Agency, a.Missions, a.EVAHours)
	}

	// Group by agency.
	byAgency := map[string][]string{}
	for _, a := range roster {
		byAgency[a.Agency] = append(byAgency[a.Agency], a.Name)
	}
	agencies := make([]string, 0, len(byAgency))
	for k := range byAgency {
		agencies = append(agencies, k)
	}
	slices.Sort(agencies)
	fmt.Println("\nBy agency:")
	for _, ag := range agencies {
		names := byAgency[ag]
		slices.Sort(names)
		fmt.Printf("  %-5s %d: %s\n", ag, len(names), strings.Join(names, ", "))
	}

	// The most experienced spacewalker.
	top := slices.MaxFunc(roster, func(a, b Astronaut) int {
		return cmp.Compare(a.EVAHours, b.EVAHours)
	})
	fmt.Printf("\nLongest EVA time: %s (%.2f h)\n", top.Name, top.EVAHours)

	idx := slices.IndexFunc(roster, func(a Astronaut) bool { return a.Missions == 1 })
	fmt.Println("First rookie in sorted order:", roster[idx].Name)
}
