package main

import (
	"fmt"
	"math"
	"strings"
)

type State int

const (
	Island State = iota
	Background
)

func (s State) String() string {
	switch s {
	case Island:
		return "I"
	case Background:
		return "B"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type HMM struct {
	Start [2]float64
	Trans [2][2]float64
	Emit  [2]map[byte]float64
}

// Viterbi returns the most likely state path and its log-probability.
func (h *HMM) Viterbi(obs string) ([]State, float64) {
	n := len(obs)
	v := make([][2]float64, n)
	back := make([][2]State, n)
	for s := range 2 {
		v[0][s] = math.Log(h.Start[s]) + math.Log(h.Emit[s][obs[0]])
	}
	for t := 1; t < n; t++ {
		for s := range 2 {
			best, arg := math.Inf(-1), State(0)
			for p := range 2 {
				if x := v[t-1][p] + math.Log(h.Trans[p][s]); x > best {
					best, arg = x, State(p)
				}
			}
			v[t][s] = best + math.Log(h.Emit[s][obs[t]])
			back[t][s] = arg
		}
	}
	last := Island
	if v[n-1][Background] > v[n-1][Island] {
		last = Background
	}
	path := make([]State, n)
	path[n-1] = last
	for t := n - 1; t > 0; t-- {
		path[t-1] = back[t][path[t]]
	}
	return path, v[n-1][last]
}

// Forward computes log P(obs) with scaling.
func (h *HMM) Forward(obs string) float64 {
	var a [2]float64
	logp := 0.0
	for t := range len(obs) {
		var na [2]float64
		for s := range 2 {
			if t == 0 {
				na[s] = h.Start[s] * h.Emit[s][obs[t]]
				continue
			}
			for p := range 2 {
				na[s] += a[p] * h.Trans[p][s]
			}
			na[s] *= h.Emit[s][obs[t]]
		}
		c := na[0] + na[1]
		a = [2]float64{na[0] / c, na[1] / c}
		logp += math.Log(c)
	}
	return logp
}

func pathString(p []State) string {
	var sb strings.Builder
	for _, s := range p {
		sb.WriteString(s.String())
	}
	return sb.String()
}

func main() {
	h := &HMM{
		Start: [2]float64{0.5, 0.5},
		Trans: [2][2]float64{{0.9, 0.1}, {0.1, 0.9}},
		Emit: [2]map[byte]float64{
			{'A': 0.15, 'C': 0.35, 'G': 0.35, 'T': 0.15},
			{'A': 0.30, 'C': 0.20, 'G': 0.20, 'T': 0.30},
		},
	}
	seqs := []string{
		"ATATATTAAGCGCGCGGCGCCGCGATATTATAT",
		"GGCGCGCGCCGG",
		"ATTATAATTTAA",
		"ACGTACGTACGTACGT",
	}
	for _, s := range seqs {
		path, lp := h.Viterbi(s)
		fmt.Println(s)
		fmt.Println(pathString(path))
		islands := strings.Count(pathString(path), "I")
		fmt.Printf("viterbi logP=%.4f forward logP=%.4f island bases=%d\n", lp, h.Forward(s), islands)
	}
	fmt.Printf("states: %v %v %v; %d %+v\n", Island, Background, State(5), Background, h.Trans)
}
