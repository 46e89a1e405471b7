package main

import (
	"context"
	"fmt"
)

type ctxKey string

func handle(ctx context.Context) {
	user, ok := ctx.Value(ctxKey("user")).(string)
	fmt.Println(user, ok)
	id, ok := ctx.Value(ctxKey("id")).(int)
	fmt.Println(id, ok)
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	handle(ctx)
	ctx = context.WithValue(ctx, ctxKey("id"), 7)
	handle(ctx)
	fmt.Println(ctx.Value("user"))
}
