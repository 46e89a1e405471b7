// Exercises 4.3-4.4: reverse via array pointer and rotate in a single pass.
package main

import "fmt"

// reverse reverses a slice of ints in place.
func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// reverseArray uses an array pointer instead of a slice.
func reverseArray(a *[6]int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// rotateReverse rotates left by n using three reversals.
func rotateReverse(s []int, n int) {
	if len(s) == 0 {
		return
	}
	n %= len(s)
	reverse(s[:n])
	reverse(s[n:])
	reverse(s)
}

// rotateCycle rotates left by n in a single pass, following cycles.
func rotateCycle(s []int, n int) {
	l := len(s)
	if l == 0 {
		return
	}
	n %= l
	moved := 0
	for start := 0; moved < l; start++ {
		tmp := s[start]
		cur := start
		for {
			next := (cur + n) % l
			if next == start {
				break
			}
			s[cur] = s[next]
			cur = next
			moved++
		}
		s[cur] = tmp
		moved++
	}
}

func main() {
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverseArray(&a)
	fmt.Println("reverseArray:", a)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	reverse(s[:4])
	fmt.Println("reverse first four:", s)

	for _, n := range []int{0, 1, 2, 3, 4, 6, 10, 13} {
		x := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
		y := append([]int(nil), x...)
		rotateReverse(x, n)
		rotateCycle(y, n)
		fmt.Printf("rotate %2d: %v same=%t\n", n, x, fmt.Sprint(x) == fmt.Sprint(y))
	}
	var empty []int
	rotateCycle(empty, 3)
	fmt.Println("empty:", empty, len(empty))
}
