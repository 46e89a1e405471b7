package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(-255, 2), strconv.Itoa(9)+"!")
	u, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", u, err)
}
