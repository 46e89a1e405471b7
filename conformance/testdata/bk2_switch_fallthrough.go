package main

import (
	"fmt"
	"strings"
)

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

// privileges shows cumulative rights using fallthrough.
func privileges(role string) []string {
	var p []string
	switch role {
	case "admin":
		p = append(p, "delete")
		fallthrough
	case "editor":
		p = append(p, "write")
		fallthrough
	case "viewer":
		p = append(p, "read")
	default:
		p = append(p, "none")
	}
	return p
}

func classifyRune(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	}
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "consonant"
	}
	return "other"
}

func countdown(n int) string {
	var sb strings.Builder
	switch n {
	case 3:
		sb.WriteString("three ")
		fallthrough
	case 2:
		sb.WriteString("two ")
		fallthrough
	case 1:
		sb.WriteString("one ")
		fallthrough
	default:
		sb.WriteString("liftoff")
	}
	return sb.String()
}

func sideEffect(name string, v int) int {
	fmt.Print("eval ", name, "; ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 72, 40} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	for _, role := range []string{"admin", "editor", "viewer", "guest"} {
		fmt.Printf("%-6s %v\n", role, privileges(role))
	}

	counts := map[string]int{}
	for _, r := range "Go 1.26 is here!" {
		counts[classifyRune(r)]++
	}
	fmt.Println(counts)

	for n := 4; n >= 0; n-- {
		fmt.Printf("%d: %s\n", n, countdown(n))
	}

	switch x := 7; {
	case x > 5:
		fmt.Println("x is big:", x)
	case x > 0:
		fmt.Println("x is small:", x)
	}

	// Cases are evaluated top to bottom, left to right, stopping at the first match.
	switch 2 {
	case sideEffect("a", 1), sideEffect("b", 2), sideEffect("c", 3):
		fmt.Println("matched")
	case sideEffect("d", 2):
		fmt.Println("never")
	}

	for i := range 6 {
		switch {
		case i == 1:
			continue
		case i == 4:
			break
		default:
			fmt.Print("i=", i, " ")
		}
		fmt.Print("after(", i, ") ")
	}
	fmt.Println()

	switch {
	default:
		fmt.Println("default first in source, used last")
	case len(counts) > 100:
		fmt.Println("too many")
	}
}
