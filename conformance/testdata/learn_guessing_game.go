package main

import "fmt"

var secret = 37
var attempts int

func check(guess int) (string, bool) {
	attempts++
	if guess < secret {
		return "too low", false
	} else if guess > secret {
		return "too high", false
	}
	return "correct!", true
}

func hint(guess int) string {
	diff := guess - secret
	if diff < 0 {
		diff = -diff
	}
	switch {
	case diff <= 3:
		return "very hot"
	case diff <= 10:
		return "warm"
	default:
		return "cold"
	}
}

func play(guesses []int) bool {
	for _, g := range guesses {
		msg, ok := check(g)
		fmt.Printf("guess %2d: %-9s (%s)\n", g, msg, hint(g))
		if ok {
			return true
		}
		if attempts >= 6 {
			fmt.Println("out of attempts")
			return false
		}
	}
	return false
}

func main() {
	guesses := []int{50, 25, 40, 35, 38, 37, 99}
	won := play(guesses)
	fmt.Println("won:", won, "attempts:", attempts)

	attempts = 0
	secret = 8
	fmt.Println("--- round two, secret changed ---")
	won = play([]int{1, 2, 3, 4, 5, 6, 7, 8})
	fmt.Println("won:", won, "attempts:", attempts)

	low, high := 1, 100
	secret = 73
	attempts = 0
	for {
		mid := (low + high) / 2
		msg, ok := check(mid)
		fmt.Println("binary guess", mid, msg)
		if ok {
			break
		}
		if msg == "too low" {
			low = mid + 1
		} else {
			high = mid - 1
		}
	}
	fmt.Println("binary search took", attempts)
}
