package main

import (
	"fmt"
	"slices"
)

// TwoSum returns indices of the first pair adding up to target using a hash map.
func TwoSum(nums []int, target int) (int, int, bool) {
	seen := make(map[int]int, len(nums))
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return j, i, true
		}
		if _, dup := seen[v]; !dup {
			seen[v] = i
		}
	}
	return -1, -1, false
}

// ThreeSum returns all unique triplets summing to target, sorted.
func ThreeSum(nums []int, target int) [][3]int {
	s := slices.Clone(nums)
	slices.Sort(s)
	var out [][3]int
	for i := 0; i < len(s)-2; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		lo, hi := i+1, len(s)-1
		for lo < hi {
			sum := s[i] + s[lo] + s[hi]
			switch {
			case sum < target:
				lo++
			case sum > target:
				hi--
			default:
				out = append(out, [3]int{s[i], s[lo], s[hi]})
				for lo < hi && s[lo] == s[lo+1] {
					lo++
				}
				for lo < hi && s[hi] == s[hi-1] {
					hi--
				}
				lo++
				hi--
			}
		}
	}
	return out
}

// bruteThree counts unique triplets by brute force for cross-checking.
func bruteThree(nums []int, target int) int {
	set := map[[3]int]struct{}{}
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			for k := j + 1; k < len(nums); k++ {
				if nums[i]+nums[j]+nums[k] == target {
					t := []int{nums[i], nums[j], nums[k]}
					slices.Sort(t)
					set[[3]int{t[0], t[1], t[2]}] = struct{}{}
				}
			}
		}
	}
	return len(set)
}

func main() {
	twoCases := []struct {
		nums   []int
		target int
	}{
		{[]int{2, 7, 11, 15}, 9},
		{[]int{3, 2, 4}, 6},
		{[]int{3, 3}, 6},
		{[]int{1, 2, 3}, 7},
		{[]int{-5, 10, 0, 5, -10}, 0},
	}
	for _, c := range twoCases {
		i, j, ok := TwoSum(c.nums, c.target)
		if !ok {
			fmt.Printf("two-sum %-18s target %3d: none\n", fmt.Sprint(c.nums), c.target)
			continue
		}
		fmt.Printf("two-sum %-18s target %3d: [%d %d] (%d+%d)\n", fmt.Sprint(c.nums), c.target, i, j, c.nums[i], c.nums[j])
	}

	threeCases := []struct {
		nums   []int
		target int
	}{
		{[]int{-1, 0, 1, 2, -1, -4}, 0},
		{[]int{0, 0, 0, 0}, 0},
		{[]int{1, 2, 3, 4, 5, 6}, 10},
		{[]int{-2, 0, 1, 1, 2, -1, -4, 3}, 1},
		{[]int{5, 5}, 10},
	}
	for _, c := range threeCases {
		res := ThreeSum(c.nums, c.target)
		fmt.Printf("three-sum target %2d: %d triplets %v (brute %d)\n", c.target, len(res), res, bruteThree(c.nums, c.target))
	}
}
