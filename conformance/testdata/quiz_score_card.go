package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Question struct {
	Prompt  string
	Choices []string
	Answer  int
	Points  int
}

type Submission struct {
	Student string
	Answers []int // -1 means skipped
}

type Result struct {
	Student        string
	Correct, Wrong int
	Skipped, Score int
	Percent        float64
}

func (r Result) Grade() string {
	switch {
	case r.Percent >= 90:
		return "A"
	case r.Percent >= 80:
		return "B"
	case r.Percent >= 70:
		return "C"
	case r.Percent >= 60:
		return "D"
	}
	return "F"
}

func score(quiz []Question, sub Submission) Result {
	res := Result{Student: sub.Student}
	maxPts := 0
	for i, q := range quiz {
		maxPts += q.Points
		a := -1
		if i < len(sub.Answers) {
			a = sub.Answers[i]
		}
		switch {
		case a < 0:
			res.Skipped++
		case a == q.Answer:
			res.Correct++
			res.Score += q.Points
		default:
			res.Wrong++
			res.Score -= 1 // small penalty for guessing
		}
	}
	res.Score = max(res.Score, 0)
	res.Percent = 100 * float64(res.Score) / float64(maxPts)
	return res
}

func main() {
	quiz := []Question{
		{"What does len(\"héllo\") return?", []string{"5", "6", "4"}, 1, 2},
		{"Zero value of a map?", []string{"empty map", "nil", "panic"}, 1, 1},
		{"Which keyword starts a goroutine?", []string{"go", "async", "spawn"}, 0, 1},
		{"Type of 'x'?", []string{"byte", "string", "rune"}, 2, 2},
		{"Does append ever reallocate?", []string{"never", "sometimes", "always"}, 1, 2},
		{"Result of 7 / 2 with ints?", []string{"3.5", "3", "4"}, 1, 2},
	}
	subs := []Submission{
		{"ada", []int{1, 1, 0, 2, 1, 1}},
		{"bob", []int{0, 1, 0, 0, -1, 1}},
		{"cy", []int{1, -1, 0, 2, 1}},
		{"dee", []int{2, 2, 2, 2, 2, 2}},
		{"eve", []int{1, 1, 0, 2, 0, 1}},
	}

	var results []Result
	for _, s := range subs {
		results = append(results, score(quiz, s))
	}
	slices.SortFunc(results, func(a, b Result) int {
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		return strings.Compare(a.Student, b.Student)
	})

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "student\tright\twrong\tskip\tscore\tpct\tgrade\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%6.2f\t%s\t\n",
			r.Student, r.Correct, r.Wrong, r.Skipped, r.Score, r.Percent, r.Grade())
	}
	tw.Flush()

	// per-question difficulty
	fmt.Println()
	for i, q := range quiz {
		right := 0
		for _, s := range subs {
			if i < len(s.Answers) && s.Answers[i] == q.Answer {
				right++
			}
		}
		fmt.Printf("Q%d %-36s %d/%d correct (answer: %s)\n", i+1, q.Prompt, right, len(subs), q.Choices[q.Answer])
	}
	fmt.Printf("top: %+v\n", results[0])
}
