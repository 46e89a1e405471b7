package main

import "fmt"

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int) int {
	if n == 0 {
		return 0
	}
	if n == 1 {
		return 1
	}
	return fib(n-1) + fib(n-2)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	return base * power(base, exp-1)
}

// all subsets of a list
func powerSet(items []string) [][]string {
	if len(items) == 0 {
		return [][]string{{}}
	}
	first := items[0]
	rest := powerSet(items[1:])
	result := [][]string{}
	for _, subset := range rest {
		result = append(result, subset)
	}
	for _, subset := range rest {
		withFirst := []string{first}
		withFirst = append(withFirst, subset...)
		result = append(result, withFirst)
	}
	return result
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func countDown(n int) {
	if n == 0 {
		fmt.Println("liftoff!")
		return
	}
	fmt.Print(n, " ")
	countDown(n - 1)
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Printf("%2d! = %d\n", i, factorial(i))
	}
	fmt.Print("fib: ")
	for i := 0; i < 15; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println("2^10 =", power(2, 10))
	fmt.Println("3^5 =", power(3, 5))
	fmt.Println("sum of digits of 98765:", sumDigits(98765))
	countDown(5)

	ps := powerSet([]string{"a", "b", "c"})
	fmt.Println("power set has", len(ps), "subsets:")
	for _, s := range ps {
		fmt.Println(" ", s)
	}
}
