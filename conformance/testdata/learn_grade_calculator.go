package main

import "fmt"

type Result struct {
	Name   string
	Scores []float64
}

func average(scores []float64) float64 {
	if len(scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, s := range scores {
		sum += s
	}
	return sum / float64(len(scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

func maxMin(scores []float64) (max, min float64) {
	max, min = scores[0], scores[0]
	for _, s := range scores[1:] {
		if s > max {
			max = s
		}
		if s < min {
			min = s
		}
	}
	return
}

func main() {
	results := []Result{
		{"Alice", []float64{95, 88, 92}},
		{"Bob", []float64{72, 65, 80, 70}},
		{"Carla", []float64{55, 61, 48}},
		{"Dan", []float64{85, 90}},
	}
	counts := map[string]int{}
	classSum := 0.0
	for _, r := range results {
		avg := average(r.Scores)
		g := letter(avg)
		counts[g]++
		classSum += avg
		hi, lo := maxMin(r.Scores)
		fmt.Printf("%-6s avg=%6.2f grade=%s hi=%v lo=%v\n", r.Name, avg, g, hi, lo)
	}
	fmt.Println("grade counts:", counts)
	fmt.Printf("class average: %.3f\n", classSum/float64(len(results)))
	fmt.Println("empty avg:", average(nil))
	fmt.Println("passed Bob?", letter(average(results[1].Scores)) != "F")
	results[2].Scores = append(results[2].Scores, 100)
	fmt.Println("Carla retake:", results[2].Scores, letter(average(results[2].Scores)))
}
