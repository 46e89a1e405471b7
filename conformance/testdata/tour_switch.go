// Chapter: switch statements.
package main

import "fmt"

func classify(n int) string {
	switch { // no condition: same as switch true
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch s := score / 10; s { // switch with init statement
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	default:
		return fmt.Sprintf("F (bucket %d)", s)
	}
}

func fallDemo(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two-or-fell")
		fallthrough
	case 3:
		out = append(out, "three-or-fell")
	case 4:
		out = append(out, "four")
	default:
		out = append(out, "other")
	}
	return out
}

func breakInSwitch(xs []int) int {
	count := 0
loop:
	for _, x := range xs {
		switch {
		case x < 0:
			continue
		case x == 0:
			break loop // plain break would only leave the switch
		case x > 100:
			break // leaves the switch; the loop continues
		default:
			count++
		}
	}
	return count
}

func evalOrder() {
	probe := func(name string, v int) int {
		fmt.Print("eval ", name, "; ")
		return v
	}
	switch probe("tag", 3) {
	case probe("a", 1), probe("b", 3), probe("c", 3):
		fmt.Println("matched")
	case probe("d", 3):
		fmt.Println("never reached")
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Printf("%d:%s ", n, classify(n))
	}
	fmt.Println()
	for _, s := range []int{100, 95, 81, 70, 42} {
		fmt.Print(grade(s), "; ")
	}
	fmt.Println()
	for n := 1; n <= 5; n++ {
		fmt.Println(n, fallDemo(n))
	}
	fmt.Println("count:", breakInSwitch([]int{1, -2, 500, 3, 0, 9}))
	evalOrder()
}
