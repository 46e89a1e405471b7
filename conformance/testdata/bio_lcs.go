package main

import (
	"fmt"
	"strings"
)

type LCSResult struct {
	Length int
	Seq    string
	PosA   []int
	PosB   []int
}

func LCS(a, b string) LCSResult {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var r LCSResult
	var sb strings.Builder
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			r.PosA = append(r.PosA, i)
			r.PosB = append(r.PosB, j)
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	r.Length, r.Seq = dp[0][0], sb.String()
	return r
}

// LongestCommonSubstring among all strings using the shortest as candidate source.
func LongestCommonSubstring(strs ...string) string {
	if len(strs) == 0 {
		return ""
	}
	short := strs[0]
	for _, s := range strs[1:] {
		if len(s) < len(short) {
			short = s
		}
	}
	for l := len(short); l > 0; l-- {
		for i := 0; i+l <= len(short); i++ {
			cand := short[i : i+l]
			all := true
			for _, s := range strs {
				if !strings.Contains(s, cand) {
					all = false
					break
				}
			}
			if all {
				return cand
			}
		}
	}
	return ""
}

func ShortestCommonSupersequence(a, b string) string {
	r := LCS(a, b)
	var sb strings.Builder
	i, j := 0, 0
	for k := range r.Length {
		sb.WriteString(a[i:r.PosA[k]])
		sb.WriteString(b[j:r.PosB[k]])
		sb.WriteByte(r.Seq[k])
		i, j = r.PosA[k]+1, r.PosB[k]+1
	}
	sb.WriteString(a[i:])
	sb.WriteString(b[j:])
	return sb.String()
}

func main() {
	pairs := [][2]string{
		{"AACCTTGG", "ACACTGTGA"},
		{"GATTACA", "TAGACCA"},
		{"ACGT", "TTTT"},
		{"ABCBDAB", "BDCABA"},
	}
	for _, p := range pairs {
		r := LCS(p[0], p[1])
		fmt.Printf("LCS(%s, %s) = %q len=%d\n", p[0], p[1], r.Seq, r.Length)
		fmt.Printf("  %+v\n", r)
		scs := ShortestCommonSupersequence(p[0], p[1])
		fmt.Printf("  SCS=%s len=%d (expected %d)\n", scs, len(scs), len(p[0])+len(p[1])-r.Length)
	}
	group := []string{"GATTACA", "TAGACCA", "ATACA"}
	fmt.Printf("longest common substring of %v: %q\n", group, LongestCommonSubstring(group...))
	group2 := []string{"TTAGGCATTAGGCAT", "CCAGGCATTAGGTTC", "GGCATTAGGAAA"}
	fmt.Printf("longest common substring of %d seqs: %q\n", len(group2), LongestCommonSubstring(group2...))
	fmt.Printf("empty call: %q\n", LongestCommonSubstring())
}
