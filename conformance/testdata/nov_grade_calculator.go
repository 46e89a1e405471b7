package main

import "fmt"

func letterGrade(score int) string {
	if score >= 90 {
		return "A"
	}
	if score >= 80 {
		return "B"
	}
	if score >= 70 {
		return "C"
	}
	if score >= 60 {
		return "D"
	}
	return "F"
}

func average(scores []int) int {
	sum := 0
	for _, s := range scores {
		sum = sum + s
	}
	return sum / len(scores) // integer average is fine i think
}

func main() {
	names := []string{"Alice", "Bob", "Charlie", "Dana"}
	allScores := [][]int{
		{95, 88, 92},
		{72, 65, 80},
		{55, 61, 58},
		{85, 90, 78},
	}

	for i := 0; i < len(names); i++ {
		avg := average(allScores[i])
		fmt.Printf("%-8s scores=%v avg=%d grade=%s\n", names[i], allScores[i], avg, letterGrade(avg))
	}

	// class stats
	highest := 0
	highestName := ""
	for i, name := range names {
		a := average(allScores[i])
		if a > highest {
			highest = a
			highestName = name
		}
	}
	fmt.Println("Top student:", highestName, "with", highest)

	counts := map[string]int{}
	for i := range names {
		counts[letterGrade(average(allScores[i]))]++
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %d\n", g, counts[g])
	}

	// new student joined but has no scores yet
	newStudent := "Eve"
	var eveScores []int
	fmt.Println("Computing average for", newStudent, "...")
	fmt.Println("Eve's average:", average(eveScores))
	fmt.Println("done")
}
