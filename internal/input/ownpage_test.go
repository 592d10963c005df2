package input

import (
	"testing"
)

func TestIsOwnPage(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"ours", `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="timeline"><title>T</title>`, true},
		{"ours with a version", `<head><META NAME="Generator" CONTENT="timeline 1.4.0">`, true},
		{"attributes swapped", `<head><meta content="timeline" name="generator">`, true},
		{"another generator", `<head><meta name="generator" content="WordPress 6.5">`, false},
		{"a name that starts the same", `<head><meta name="generator" content="timelinejs">`, false},
		{"no generator", `<html><head><title>News</title></head><body><p>On 5 May.</p>`, false},
		{"tag in the body", `<html><body><p>x</p><meta name="generator" content="timeline">`, false},
		{"not html", "plain text", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsOwnPage([]byte(tc.in)); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
