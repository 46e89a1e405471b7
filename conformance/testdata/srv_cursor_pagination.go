package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

type Product struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"`
}

// cursor identifies the last item of the previous page using the sort key
// plus the id as a tie breaker, so pages stay stable when prices repeat.
type cursor struct {
	Price int `json:"p"`
	ID    int `json:"i"`
}

var ErrBadCursor = errors.New("invalid cursor")

func encodeCursor(c cursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursor, error) {
	var c cursor
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return c, fmt.Errorf("%w: %v", ErrBadCursor, err)
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return c, fmt.Errorf("%w: %v", ErrBadCursor, err)
	}
	return c, nil
}

type Page struct {
	Items      []Product `json:"items"`
	NextCursor string    `json:"next_cursor,omitempty"`
}

func less(a Product, c cursor) bool {
	if a.Price != c.Price {
		return a.Price < c.Price
	}
	return a.ID < c.ID
}

func ListProducts(all []Product, after string, limit int) (Page, error) {
	sorted := append([]Product(nil), all...)
	sort.Slice(sorted, func(i, j int) bool {
		return less(sorted[i], cursor{sorted[j].Price, sorted[j].ID})
	})
	start := 0
	if after != "" {
		c, err := decodeCursor(after)
		if err != nil {
			return Page{}, err
		}
		start = sort.Search(len(sorted), func(i int) bool {
			return !less(sorted[i], c) && !(sorted[i].Price == c.Price && sorted[i].ID == c.ID)
		})
	}
	end := min(start+limit, len(sorted))
	page := Page{Items: sorted[start:end]}
	if end < len(sorted) {
		last := sorted[end-1]
		page.NextCursor = encodeCursor(cursor{last.Price, last.ID})
	}
	return page, nil
}

func main() {
	catalog := []Product{
		{1, "mouse", 25}, {2, "keyboard", 45}, {3, "cable", 5}, {4, "monitor", 199},
		{5, "webcam", 45}, {6, "hub", 25}, {7, "stand", 45}, {8, "lamp", 30},
		{9, "chair", 149}, {10, "mat", 5}, {11, "dock", 120},
	}

	after := ""
	for n := 1; ; n++ {
		page, err := ListProducts(catalog, after, 4)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		out, _ := json.Marshal(page)
		fmt.Printf("page %d: %s\n", n, out)
		if page.NextCursor == "" {
			break
		}
		c, _ := decodeCursor(page.NextCursor)
		fmt.Printf("  cursor %s decodes to %+v\n", page.NextCursor, c)
		after = page.NextCursor
	}

	for _, bad := range []string{"!!!", base64.RawURLEncoding.EncodeToString([]byte("not json"))} {
		_, err := ListProducts(catalog, bad, 4)
		fmt.Printf("cursor %q: %v (bad=%v)\n", bad, err, errors.Is(err, ErrBadCursor))
	}
}
