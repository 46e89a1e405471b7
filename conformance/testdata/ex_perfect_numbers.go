package main

import (
	"errors"
	"fmt"
)

type Classification int

const (
	ClassificationDeficient Classification = iota + 1
	ClassificationPerfect
	ClassificationAbundant
)

var classNames = map[Classification]string{
	ClassificationDeficient: "deficient", ClassificationPerfect: "perfect", ClassificationAbundant: "abundant",
}

func (c Classification) String() string {
	if name, ok := classNames[c]; ok {
		return name
	}
	return fmt.Sprintf("Classification(%d)", int(c))
}

var ErrOnlyPositive = errors.New("only positive numbers are allowed")

func aliquotSum(n int64) int64 {
	var sum int64
	for i := int64(1); i*i <= n; i++ {
		if n%i == 0 {
			if i != n {
				sum += i
			}
			if j := n / i; j != i && j != n {
				sum += j
			}
		}
	}
	return sum
}

func Classify(n int64) (Classification, error) {
	if n <= 0 {
		return 0, ErrOnlyPositive
	}
	switch s := aliquotSum(n); {
	case s < n:
		return ClassificationDeficient, nil
	case s > n:
		return ClassificationAbundant, nil
	default:
		return ClassificationPerfect, nil
	}
}

func main() {
	tests := []struct {
		in      int64
		want    Classification
		wantErr error
	}{
		{6, ClassificationPerfect, nil},
		{28, ClassificationPerfect, nil},
		{33550336, ClassificationPerfect, nil},
		{12, ClassificationAbundant, nil},
		{30, ClassificationAbundant, nil},
		{33550335, ClassificationAbundant, nil},
		{2, ClassificationDeficient, nil},
		{4, ClassificationDeficient, nil},
		{32, ClassificationDeficient, nil},
		{33550337, ClassificationDeficient, nil},
		{1, ClassificationDeficient, nil},
		{0, 0, ErrOnlyPositive},
		{-1, 0, ErrOnlyPositive},
	}
	for _, tc := range tests {
		got, err := Classify(tc.in)
		status := "PASS"
		if got != tc.want || err != tc.wantErr {
			status = "FAIL"
		}
		if err != nil {
			fmt.Printf("%s %9d error: %v (class %v)\n", status, tc.in, err, got)
		} else {
			fmt.Printf("%s %9d %v (aliquot sum %d)\n", status, tc.in, got, aliquotSum(tc.in))
		}
	}
	counts := map[Classification]int{}
	var perfect []int64
	for n := int64(1); n <= 10000; n++ {
		c, _ := Classify(n)
		counts[c]++
		if c == ClassificationPerfect {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("1..10000:", counts, "perfect:", perfect)
}
