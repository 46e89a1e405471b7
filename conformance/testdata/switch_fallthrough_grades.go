package main

import "fmt"

func perks(level int) []string {
	var p []string
	switch level {
	case 3:
		p = append(p, "lounge")
		fallthrough
	case 2:
		p = append(p, "priority")
		fallthrough
	case 1:
		p = append(p, "miles")
	default:
		p = append(p, "none")
	}
	return p
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0, score > 100:
		return "invalid"
	}
	return "C"
}

func main() {
	for l := 0; l <= 3; l++ {
		fmt.Println(l, perks(l))
	}
	for _, s := range []int{95, 85, 50, -1, 101} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := range 6 {
		switch {
		case i == 1:
			continue
		case i == 4:
			break
		case i%2 == 0:
			fmt.Print("even", i, " ")
			if i == 2 {
				break
			}
			fmt.Print("after ")
		}
		fmt.Print("end", i, " ")
	}
	fmt.Println()
}
