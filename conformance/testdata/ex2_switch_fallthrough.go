package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

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
		p = append(p, "points")
	case 0:
		p = append(p, "none")
	default:
		p = append(p, "unknown")
	}
	return p
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r >= 'a' && r <= 'z':
		return "consonant"
	}
	return "other"
}

func next() int {
	fmt.Print("(next called) ")
	return 2
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
	for lvl := 4; lvl >= 0; lvl-- {
		fmt.Println("level", lvl, perks(lvl))
	}
	for _, r := range "go 1!" {
		fmt.Printf("%q:%s ", r, kind(r))
	}
	fmt.Println()

	// switch with init statement; tag evaluated once
	switch x := next(); x {
	case 1:
		fmt.Println("one")
	case 2, 3:
		fmt.Println("two or three, x =", x)
	}

	// fallthrough into default
	switch v := 5; {
	case v > 3:
		fmt.Println("v > 3")
		fallthrough
	default:
		fmt.Println("default reached")
	}

	// break inside switch leaves only the switch
	for i := range 3 {
		switch i {
		case 1:
			fmt.Println("breaking switch at", i)
			break
		}
		fmt.Println("after switch", i)
	}
}
