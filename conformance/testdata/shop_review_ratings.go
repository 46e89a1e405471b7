package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Review struct {
	ProductID string
	User      string
	Stars     int
	Verified  bool
	Text      string
}

type Summary struct {
	ProductID string
	Count     int
	Sum       int
	Histogram [6]int // index 1..5 used
	Verified  int
}

func (s Summary) Average() float64 {
	if s.Count == 0 {
		return 0
	}
	return float64(s.Sum) / float64(s.Count)
}

// Bayesian average pulls products with few reviews toward the global mean.
func (s Summary) Weighted(globalMean float64, prior int) float64 {
	return (globalMean*float64(prior) + float64(s.Sum)) / float64(prior+s.Count)
}

func bar(n, max int) string {
	if max == 0 {
		return ""
	}
	return strings.Repeat("#", n*20/max)
}

func main() {
	reviews := []Review{
		{"KETTLE", "ana", 5, true, "boils fast"},
		{"KETTLE", "ben", 4, true, "a bit loud"},
		{"KETTLE", "cho", 5, false, "love it"},
		{"KETTLE", "dev", 2, true, "lid broke"},
		{"KETTLE", "eli", 4, true, ""},
		{"TOASTER", "ana", 3, true, "uneven"},
		{"TOASTER", "fay", 1, false, "burned bread"},
		{"TOASTER", "gus", 3, true, "ok"},
		{"GRINDER", "hal", 5, true, "perfect grind"},
		{"BLENDER", "ivy", 5, true, "smoothies!"},
		{"BLENDER", "jon", 4, false, "powerful"},
		{"BLENDER", "kim", 5, true, "solid"},
		{"BLENDER", "lee", 3, true, "heavy"},
		{"BLENDER", "ana", 7, true, "invalid stars"},
	}

	byProduct := map[string]*Summary{}
	totalStars, totalCount := 0, 0
	for _, r := range reviews {
		if r.Stars < 1 || r.Stars > 5 {
			fmt.Printf("skipping review by %s on %s: %d stars is out of range\n", r.User, r.ProductID, r.Stars)
			continue
		}
		s, ok := byProduct[r.ProductID]
		if !ok {
			s = &Summary{ProductID: r.ProductID}
			byProduct[r.ProductID] = s
		}
		s.Count++
		s.Sum += r.Stars
		s.Histogram[r.Stars]++
		if r.Verified {
			s.Verified++
		}
		totalStars += r.Stars
		totalCount++
	}
	globalMean := float64(totalStars) / float64(totalCount)
	fmt.Printf("global mean %.2f over %d reviews\n\n", globalMean, totalCount)

	var summaries []Summary
	for _, s := range byProduct {
		summaries = append(summaries, *s)
	}
	slices.SortFunc(summaries, func(a, b Summary) int {
		return cmp.Or(
			cmp.Compare(b.Weighted(globalMean, 3), a.Weighted(globalMean, 3)),
			cmp.Compare(a.ProductID, b.ProductID),
		)
	})

	for rank, s := range summaries {
		fmt.Printf("%d. %-8s avg %.2f  weighted %.2f  (%d reviews, %d verified)\n",
			rank+1, s.ProductID, s.Average(), s.Weighted(globalMean, 3), s.Count, s.Verified)
	}

	// show the histogram for the most reviewed product
	top := slices.MaxFunc(summaries, func(a, b Summary) int { return cmp.Compare(a.Count, b.Count) })
	fmt.Printf("\nstar histogram for %s:\n", top.ProductID)
	maxBucket := slices.Max(top.Histogram[:])
	for stars := 5; stars >= 1; stars-- {
		fmt.Printf("  %d* |%-20s| %d\n", stars, bar(top.Histogram[stars], maxBucket), top.Histogram[stars])
	}
}
