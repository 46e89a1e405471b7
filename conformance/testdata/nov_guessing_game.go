package main

import "fmt"

// I can't use input in this exercise so the guesses are in a list

const secretNumber = 42
const maxTries = 7

func checkGuess(guess int, secret int) string {
	if guess < secret {
		return "too low"
	} else if guess > secret {
		return "too high"
	}
	return "correct"
}

func playGame(player string, guesses []int) int {
	fmt.Println("Player:", player)
	tries := 0
	won := false
	for _, g := range guesses {
		tries++
		if tries > maxTries {
			fmt.Println("  out of tries!")
			break
		}
		result := checkGuess(g, secretNumber)
		fmt.Printf("  try %d: guessed %3d -> %s\n", tries, g, result)
		if result == "correct" {
			won = true
			break
		}
	}
	if won {
		fmt.Printf("  %s won in %d tries\n", player, tries)
		return tries
	} else {
		fmt.Printf("  %s lost\n", player)
		return -1
	}
}

func main() {
	players := []string{"binary_searcher", "random_guy", "lucky"}
	guessLists := [][]int{
		{50, 25, 37, 43, 40, 42},
		{10, 90, 20, 80, 30, 70, 40, 60},
		{42},
	}

	scores := make([]int, len(players))
	for i := range players {
		scores[i] = playGame(players[i], guessLists[i])
		fmt.Println()
	}

	best := -1
	bestPlayer := "nobody"
	for i, s := range scores {
		if s == -1 {
			continue
		}
		if best == -1 || s < best {
			best = s
			bestPlayer = players[i]
		}
	}
	fmt.Println("Winner:", bestPlayer, "with", best, "tries")
}
