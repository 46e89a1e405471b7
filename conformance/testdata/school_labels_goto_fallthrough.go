package main

import "fmt"

type Seat struct {
	Row, Col int
}

func findSeat(plan [][]string, want string) (Seat, bool) {
	var found Seat
	ok := false
search:
	for r, row := range plan {
		for c, who := range row {
			if who == "" {
				continue
			}
			if who == want {
				found, ok = Seat{r, c}, true
				break search
			}
		}
	}
	return found, ok
}

func privileges(year int) []string {
	var p []string
	switch {
	case year >= 13:
		p = append(p, "leave site at lunch")
		fallthrough
	case year >= 11:
		p = append(p, "use common room")
		fallthrough
	case year >= 9:
		p = append(p, "join debate club")
		fallthrough
	default:
		p = append(p, "use library")
	}
	return p
}

func countdown(n int) {
	i := n
loop:
	if i > 0 {
		fmt.Print(i, " ")
		i--
		goto loop
	}
	fmt.Println("bell!")
}

func main() {
	plan := [][]string{
		{"Ada", "", "Ben"},
		{"", "Cal", "Dee"},
		{"Eve", "Fin", ""},
	}
	for _, who := range []string{"Dee", "Fin", "Gus"} {
		if s, ok := findSeat(plan, who); ok {
			fmt.Printf("%s sits at row %d, col %d\n", who, s.Row, s.Col)
		} else {
			fmt.Printf("%s has no seat\n", who)
		}
	}

	for _, y := range []int{7, 10, 12, 13} {
		fmt.Printf("Year %2d: %v\n", y, privileges(y))
	}

	empty := 0
rows:
	for r := range plan {
		for c := range plan[r] {
			if plan[r][c] == "" {
				empty++
				continue rows
			}
		}
	}
	fmt.Println("rows with at least one empty seat:", empty)

	countdown(5)

	switch day := "Wed"; day {
	case "Sat", "Sun":
		fmt.Println("no school")
	case "Wed":
		fmt.Println("half day on", day)
		fallthrough
	case "Mon", "Tue", "Thu", "Fri":
		fmt.Println("registration at 8:45")
	}
}
