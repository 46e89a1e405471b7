package main

import (
	"fmt"
	"strings"
)

func dayKind(day string) string {
	switch strings.ToLower(day) {
	case "sat", "sun":
		return "weekend"
	case "mon", "tue", "wed", "thu", "fri":
		return "weekday"
	default:
		return "unknown"
	}
}

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

func permissions(level int) []string {
	var perms []string
	switch level {
	case 3:
		perms = append(perms, "admin")
		fallthrough
	case 2:
		perms = append(perms, "write")
		fallthrough
	case 1:
		perms = append(perms, "read")
	default:
		perms = append(perms, "none")
	}
	return perms
}

func sizeLabel(n int) string {
	switch x := n * 2; {
	case x < 10:
		return fmt.Sprintf("small (%d)", x)
	case x < 100:
		return fmt.Sprintf("medium (%d)", x)
	}
	return "large"
}

func isEven(n int) bool { return n%2 == 0 }

func main() {
	// Step 1: a switch on strings with several values per case
	for _, d := range []string{"Sat", "wed", "xyz"} {
		fmt.Println("step 1:", d, "->", dayKind(d))
	}

	// Step 2: a tagless switch replaces if/else chains
	for _, s := range []int{95, 83, 71, 40} {
		fmt.Println("step 2:", s, grade(s))
	}

	// Step 3: fallthrough continues into the next case body
	for level := 0; level <= 3; level++ {
		fmt.Println("step 3: level", level, permissions(level))
	}

	// Step 4: a switch with an init statement
	for _, n := range []int{3, 20, 70} {
		fmt.Println("step 4:", n, sizeLabel(n))
	}

	// Step 5: cases are evaluated top to bottom, first match wins
	n := 15
	switch {
	case n%15 == 0:
		fmt.Println("step 5: FizzBuzz")
	case n%5 == 0:
		fmt.Println("step 5: Buzz")
	case n%3 == 0:
		fmt.Println("step 5: Fizz")
	}

	// Step 6: a switch on a function call result
	switch isEven(n) {
	case true:
		fmt.Println("step 6: even")
	case false:
		fmt.Println("step 6: odd")
	}

	// Step 7: fallthrough into default
	switch c := 'x'; c {
	case 'x':
		fmt.Println("step 7: matched x")
		fallthrough
	default:
		fmt.Println("step 7: default also runs")
	}

	// Step 8: break ends the case early
	switch v := 42; {
	case v > 10:
		if v == 42 {
			fmt.Println("step 8: the answer, stopping early")
			break
		}
		fmt.Println("step 8: not printed")
	}

	// Step 9: switch on characters to count kinds
	vowels, consonants, others := 0, 0, 0
	for _, r := range "Switch statements, 2 ways!" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
			vowels++
		case ' ', ',', '!', '2':
			others++
		default:
			consonants++
		}
	}
	fmt.Println("step 9:", vowels, consonants, others)

	// Step 10: default can appear anywhere
	for _, x := range []int{1, 2, 9} {
		switch x {
		default:
			fmt.Println("step 10:", x, "is something else")
		case 1:
			fmt.Println("step 10:", x, "is one")
		case 2:
			fmt.Println("step 10:", x, "is two")
		}
	}
}
